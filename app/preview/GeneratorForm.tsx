import { type FormEvent, memo, useId, useState } from 'react';
import { maxGeneratedSampleImages, type SampleImage } from '../../engine/index';
import { Disclosure } from './Disclosure';
import { defaultGeneratorSpec, type GeneratorSpec } from './generatorSpec';
import { generateInWorker } from './previewClient';

interface GeneratorFormProps {
  now: number;
  onGenerate: (images: SampleImage[]) => void;
}

type NumberField = 'days' | 'ciPushesPerDay' | 'releasesPerWeek' | 'untaggedPerDay' | 'pulledShare';

const numberFields: { field: NumberField; label: string; max: number; scale?: number }[] = [
  { field: 'days', label: 'Days of history', max: 730 },
  { field: 'ciPushesPerDay', label: 'CI images a day', max: 500 },
  { field: 'releasesPerWeek', label: 'Releases a week', max: 50 },
  { field: 'untaggedPerDay', label: 'Untagged leftovers a day', max: 500 },
  { field: 'pulledShare', label: 'Pulled since push (%)', max: 100, scale: 100 },
];

type Values = Record<keyof GeneratorSpec, string | boolean>;

const initialValues = (): Values => {
  const values: Record<string, string | boolean> = {};
  for (const [field, value] of Object.entries(defaultGeneratorSpec)) {
    const scale = numberFields.find((f) => f.field === field)?.scale ?? 1;
    values[field] = typeof value === 'number' ? String(value * scale) : value;
  }
  return values as Values;
};

/** "CI pushes 10 images a day for 60 days tagged sha-*, a prod-* release each week, untagged leftovers." */
export const GeneratorForm = memo(function GeneratorForm({ now, onGenerate }: GeneratorFormProps) {
  const [values, setValues] = useState(initialValues);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const id = useId();
  const errors: string[] = [];
  const numbers = {} as Record<NumberField, number>;
  for (const { field, label, max, scale = 1 } of numberFields) {
    const text = String(values[field]).trim();
    const n = Number(text);
    if (text === '' || !Number.isInteger(n) || n < 0 || n > max)
      errors.push(`${label}: a whole number from 0 to ${max}`);
    numbers[field] = n / scale;
  }
  const spec: GeneratorSpec = {
    ...numbers,
    ciTagPrefix: String(values.ciTagPrefix),
    releaseTagPrefix: String(values.releaseTagPrefix),
    multiArch: values.multiArch === true,
  };
  if (spec.multiArch && spec.releaseTagPrefix === '')
    errors.push('Release tag prefix: needed to find the releases that become manifest lists');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (errors.length > 0 || busy) return;
    setBusy(true);
    setFailure(undefined);
    generateInWorker(spec, now).then(
      (images) => {
        setBusy(false);
        onGenerate(images);
      },
      (error: unknown) => {
        setBusy(false);
        setFailure(String(error));
      },
    );
  };
  const set = (field: keyof GeneratorSpec, value: string | boolean) =>
    setValues((current) => ({ ...current, [field]: value }));
  return (
    <Disclosure className="preview-generator" summary="Generate sample images">
      <form className="preview-generator-form" onSubmit={submit} aria-describedby={`${id}-errors`}>
        <div className="field-grid">
          {numberFields.map(({ field, label, max }) => (
            <label key={field} className="field">
              <span className="field-label">{label}</span>
              <input
                className="input"
                type="number"
                min={0}
                max={max}
                value={String(values[field])}
                onChange={(e) => set(field, e.target.value)}
              />
            </label>
          ))}
          <label className="field">
            <span className="field-label">CI tag prefix</span>
            <input
              className="input"
              value={String(values.ciTagPrefix)}
              onChange={(e) => set('ciTagPrefix', e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field-label">Release tag prefix</span>
            <input
              className="input"
              value={String(values.releaseTagPrefix)}
              onChange={(e) => set('releaseTagPrefix', e.target.value)}
            />
          </label>
        </div>
        <label className="field-row">
          <input
            type="checkbox"
            checked={values.multiArch === true}
            onChange={(e) => set('multiArch', e.target.checked)}
          />
          Releases are multi-arch manifest lists (an amd64 and an arm64 child each)
        </label>
        <div id={`${id}-errors`} className="field-input-error" role="status">
          {[...errors, ...(failure ? [failure] : [])].join('; ')}
        </div>
        <p className="field-help">
          At most {maxGeneratedSampleImages} images (the newest are kept), pushed up to the preview
          date. Generating replaces this repository’s sample images; Undo brings them back.
        </p>
        {/* The form's one action: a primary button its own width, Enter in any field submits. */}
        <button
          type="submit"
          className="button button-primary preview-generator-submit"
          disabled={errors.length > 0 || busy}
        >
          {busy ? 'Generating…' : 'Generate'}
        </button>
      </form>
    </Disclosure>
  );
});
