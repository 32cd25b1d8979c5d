/**
 * On a phone the panes do not fit side by side: one view at a time, switched by a bar at the
 * bottom of the screen (layout.css shows it below 860 px and hides the other views).
 */
import { memo } from 'react';

export const phoneViews = ['design', 'outputs', 'preview'] as const;
export type PhoneView = (typeof phoneViews)[number];

const labels: Record<PhoneView, string> = {
  design: 'Design',
  outputs: 'Outputs',
  preview: 'Preview',
};

export const PhoneViewBar = memo(function PhoneViewBar({
  view,
  onChange,
}: {
  view: PhoneView;
  onChange: (view: PhoneView) => void;
}) {
  return (
    <nav className="phone-views" aria-label="View">
      {phoneViews.map((v) => (
        <button
          key={v}
          type="button"
          className="phone-view"
          aria-pressed={v === view}
          onClick={() => {
            onChange(v);
            window.scrollTo({ top: 0 });
          }}
        >
          {labels[v]}
        </button>
      ))}
    </nav>
  );
});
