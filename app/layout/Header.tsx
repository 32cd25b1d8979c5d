import { lazy, memo, type ReactNode, Suspense, useRef, useState } from 'react';
import { type Design, defaultStackName, parseDesignText } from '../../engine/index';
import { findingLine } from '../findings/FindingText';
import { fileText, looksLikeDesign, maxImageFileBytes } from '../import/fileText';
import type { PreviewDestination } from '../import/ImagesToPreview';
import type { Reading } from '../import/ImportDialog';
import { usePageDrop } from '../import/usePageDrop';
import { copyText } from '../outputs/fileActions';
import { markdownOf } from '../outputs/markdown';
import type { OutputDocument } from '../outputs/outputDocuments';
import { seedDesign } from '../seedDesign';
import { useDispatch } from '../state/DesignerContext';
import { designFileText, downloadDesign } from './designFile';
import { HistoryButtons } from './HistoryButtons';
import { type MenuAction, MenuButton } from './MenuButton';
import { LongLinkWarning, shareUrlOf } from './ShareLink';
import { useShortcuts } from './shortcuts';
import type { ThemePreference } from './useTheme';

/** What the menus act on: read when they act, so that an edit renders no menu. */
export interface HeaderContent {
  design: Design;
  /** The output on screen, which "Copy as Markdown" copies under the share link. */
  doc: OutputDocument;
  /** The selected repository's preview, which takes AWS output about images from Import. */
  preview: PreviewDestination | undefined;
}

interface HeaderProps {
  /** The content as of the last commit (useLatest). */
  content: () => HeaderContent;
  /** The label of the output on screen, and whether it has a text yet. */
  docLabel: string;
  docEmpty: boolean;
  theme: ThemePreference;
  onThemeChange: (theme: ThemePreference) => void;
  canUndo: boolean;
  canRedo: boolean;
  linkChars: number | undefined;
  /** The toast and the notice: in the header, where they cover nothing. */
  messages: ReactNode;
}

/** Opened rarely: kept out of the first load. */
const ImportDialog = lazy(() =>
  import('../import/ImportDialog').then((m) => ({ default: m.ImportDialog })),
);

const emptyDesign: Design = { version: 1, repositories: [] };

/**
 * Name, the File and Share menus, undo and redo, and the theme switch. Memoized: a keystroke in
 * the design changes none of its props.
 */
export const Header = memo(function Header(props: HeaderProps) {
  const { content, docLabel, docEmpty, theme, onThemeChange, canUndo, canRedo } = props;
  const { linkChars, messages } = props;
  const dispatch = useDispatch();
  const fileInput = useRef<HTMLInputElement>(null);
  /** Whether the import dialog is open, and with what text when a file was dropped on the page. */
  const [importing, setImporting] = useState<Reading | boolean>(false);
  const designJson = () => designFileText(content().design);

  const open = (text: string, name: string) => {
    const parsed = parseDesignText(text);
    if (parsed.design) {
      dispatch({ type: 'replaceDesign', design: parsed.design, message: `Opened ${name}` });
      return;
    }
    const reasons = parsed.findings.slice(0, 3).map(findingLine);
    dispatch({
      type: 'notify',
      text: `${name} is not a design this version can open. ${reasons.join('; ')}`,
    });
  };

  /**
   * A design opens at once; anything else (a template or lifecycle policy, also when given to
   * "Open design…") opens the import dialog with the file read.
   */
  const openFile = async (file: File, asDesign: boolean) => {
    const read = await fileText(file, maxImageFileBytes);
    if ('problem' in read) return dispatch({ type: 'notify', text: read.problem });
    if (looksLikeDesign(read.text)) return open(read.text, file.name);
    const note = asDesign
      ? `${file.name} is not a design file. If it is a CloudFormation template, a lifecycle policy or AWS CLI output, import it here.`
      : undefined;
    setImporting({ text: read.text, source: file.name, note });
  };
  const dragging = usePageDrop((file) => void openFile(file, false));

  const copy = (text: () => string | Promise<string>, what: string) => {
    const value = text();
    return (typeof value === 'string' ? copyText(value) : value.then(copyText)).then(
      () => dispatch({ type: 'notify', text: `Copied ${what} to the clipboard.` }),
      () => dispatch({ type: 'notify', text: `Could not copy ${what}: the browser refused.` }),
    );
  };
  const fileActions: MenuAction[] = [
    {
      label: 'New design',
      onSelect: () =>
        dispatch({ type: 'replaceDesign', design: emptyDesign, message: 'Started a new design' }),
    },
    {
      label: 'Example',
      onSelect: () =>
        dispatch({ type: 'replaceDesign', design: seedDesign, message: 'Opened the example' }),
    },
    { label: 'Open design…', shortcut: { key: 'o' }, onSelect: () => fileInput.current?.click() },
    { label: 'Import…', shortcut: { key: 'i' }, onSelect: () => setImporting(true) },
    {
      label: 'Download design JSON',
      shortcut: { key: 's' },
      onSelect: () => downloadDesign(content().design),
    },
    { label: 'Copy design JSON', onSelect: () => void copy(designJson, 'the design JSON') },
  ];
  const shareActions: MenuAction[] = [
    {
      label: 'Copy link',
      shortcut: { key: 'l', shift: true },
      onSelect: () => void copy(() => shareUrlOf(content().design), 'the share link'),
    },
    {
      label: 'Copy as Markdown',
      detail: docEmpty ? `Once ${docLabel} shows` : `The share link and ${docLabel}`,
      shortcut: { key: 'm', shift: true },
      disabled: docEmpty,
      onSelect: () =>
        void copy(() => {
          const { design, doc } = content();
          const markdown = (url: string) =>
            markdownOf(
              `${design.stackName ?? defaultStackName}: ${doc.label}`,
              url,
              doc.language,
              doc.text,
            );
          const url = shareUrlOf(design);
          return typeof url === 'string' ? markdown(url) : url.then(markdown);
        }, `the share link and ${docLabel} as Markdown`),
    },
  ];
  useShortcuts(importing ? [] : [...fileActions, ...shareActions]);

  return (
    <header className="app-header">
      <h1 className="app-title">ECR Designer</h1>
      <nav className="header-actions" aria-label="Design">
        <MenuButton label="File" actions={fileActions} />
        <MenuButton label="Share" actions={shareActions} />
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label="Design file"
          data-testid="design-file"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void openFile(file, true);
          }}
        />
        {importing && (
          <Suspense fallback={null}>
            <ImportDialog
              initial={importing === true ? undefined : importing}
              onClose={() => setImporting(false)}
              // Read as the dialog opens: while it is open (modal), only the dialog edits the design.
              preview={content().preview}
            />
          </Suspense>
        )}
        {dragging && !importing && (
          <div className="page-drop" aria-hidden="true">
            Drop a design, a CloudFormation template or a lifecycle policy to open it
          </div>
        )}
        <HistoryButtons canUndo={canUndo} canRedo={canRedo} />
      </nav>
      <div className="header-messages">{messages}</div>
      <label className="theme-switch">
        <span>Theme</span>
        <select
          className="input input-small"
          value={theme}
          onChange={(event) => onThemeChange(event.target.value as ThemePreference)}
        >
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <LongLinkWarning linkChars={linkChars} />
    </header>
  );
});
