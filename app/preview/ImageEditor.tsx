import { type FormEvent, useId, useState } from 'react';
import type { SampleImage } from '../../engine/index';
import { parseImagesInWorker } from './previewClient';

interface ImageEditorProps {
  /** null: a new image. */
  image: SampleImage | null;
  images: readonly SampleImage[];
  now: number;
  onSave: (images: SampleImage[]) => void;
  onClose: () => void;
}

const textFields = [
  ['digest', 'Digest'],
  ['pushedAt', 'Pushed at'],
  ['lastPulledAt', 'Last pulled at'],
  ['archivedAt', 'Archived at'],
  ['lastActivatedAt', 'Restored at'],
  ['manifestListDigest', 'Manifest-list parent (digest)'],
] as const;

type Draft = Record<(typeof textFields)[number][0] | 'tags' | 'storageClass', string>;

function draftOf(image: SampleImage | null, now: number, count: number): Draft {
  return {
    digest: image?.digest ?? `sha256:image-${count + 1}`,
    tags: image?.tags.join(', ') ?? '',
    pushedAt: image?.pushedAt ?? new Date(now).toISOString().replace('.000Z', 'Z'),
    lastPulledAt: image?.lastPulledAt ?? '',
    storageClass: image?.storageClass ?? 'standard',
    archivedAt: image?.archivedAt ?? '',
    lastActivatedAt: image?.lastActivatedAt ?? '',
    manifestListDigest: image?.manifestListDigest ?? '',
  };
}

function imageOf(draft: Draft): Record<string, unknown> {
  const image: Record<string, unknown> = {
    digest: draft.digest.trim(),
    tags: draft.tags
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== ''),
    pushedAt: draft.pushedAt.trim(),
  };
  for (const key of [
    'lastPulledAt',
    'archivedAt',
    'lastActivatedAt',
    'manifestListDigest',
  ] as const)
    if (draft[key].trim() !== '') image[key] = draft[key].trim();
  if (draft.storageClass === 'archive') image.storageClass = 'archive';
  return image;
}

/** One image's fields; saving checks the whole list with the engine's parser (duplicate digests too). */
export function ImageEditor({ image, images, now, onSave, onClose }: ImageEditorProps) {
  const [draft, setDraft] = useState(() => draftOf(image, now, images.length));
  const [errors, setErrors] = useState<string[]>([]);
  const id = useId();
  const index = image ? images.indexOf(image) : images.length;
  const save = (event: FormEvent) => {
    event.preventDefault();
    const next: unknown[] = [...images];
    next.splice(index, image ? 1 : 0, imageOf(draft));
    parseImagesInWorker(next).then(
      (parsed) => (parsed.images ? onSave(parsed.images) : setErrors(parsed.messages)),
      (error: unknown) => setErrors([String(error)]),
    );
  };
  return (
    <form className="preview-editor fieldset" onSubmit={save} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{image ? 'Edit sample image' : 'Add a sample image'}</h4>
      <div className="field-grid">
        {textFields.map(([field, label]) => (
          <label key={field} className="field">
            <span className="field-label">{label}</span>
            <input
              className="input"
              value={draft[field]}
              onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
            />
          </label>
        ))}
        <label className="field">
          <span className="field-label">Tags (comma-separated)</span>
          <input
            className="input"
            value={draft.tags}
            onChange={(e) => setDraft({ ...draft, tags: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">Storage class</span>
          <select
            className="input"
            value={draft.storageClass}
            onChange={(e) => setDraft({ ...draft, storageClass: e.target.value })}
          >
            <option value="standard">standard</option>
            <option value="archive">archive</option>
          </select>
        </label>
      </div>
      <p className="field-help">Times are ISO 8601 instants, e.g. 2025-06-30T00:00:00Z.</p>
      <ul className="field-input-error" role="status">
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <div className="preview-editor-actions">
        <button type="submit" className="button button-small">
          {image ? 'Save image' : 'Add this image'}
        </button>
        {image && (
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => onSave(images.filter((i) => i !== image))}
          >
            Delete image
          </button>
        )}
        <button type="button" className="button button-quiet button-small" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
