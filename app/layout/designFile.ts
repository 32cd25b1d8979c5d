import { type Design, defaultStackName } from '../../engine/index';
import { downloadText } from '../outputs/fileActions';

/** The design as a file: what "Copy design JSON" copies and "Open design…" reads back. */
export function designFileText(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}

/** Saves the design as `<stack name>.design.json` (the header's button, the autosave warning). */
export function downloadDesign(design: Design): void {
  downloadText(
    designFileText(design),
    `${design.stackName ?? defaultStackName}.design.json`,
    'application/json',
  );
}
