export type CdkLanguage = 'typescript' | 'python';

interface CdkLanguageSwitchProps {
  language: CdkLanguage;
  onChange: (language: CdkLanguage) => void;
}

const languages: readonly { value: CdkLanguage; label: string }[] = [
  { value: 'typescript', label: 'TypeScript' },
  { value: 'python', label: 'Python' },
];

/** TypeScript or Python for the CDK tab: native radios, so arrow keys and screen readers just work. */
export function CdkLanguageSwitch({ language, onChange }: CdkLanguageSwitchProps) {
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">CDK language</legend>
      {languages.map((option) => (
        <label key={option.value} className="segmented-option">
          <input
            type="radio"
            name="cdk-language"
            value={option.value}
            checked={language === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
