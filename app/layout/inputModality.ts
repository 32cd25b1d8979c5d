/**
 * Whether the person is using the keyboard or a pointer right now, as `data-modality` on the
 * document element: field help shows on focus for keyboard users (forms.css) and stays folded
 * for a click, which would otherwise push the page about under the pointer.
 */
export function trackInputModality(root: HTMLElement = document.documentElement): void {
  const set = (modality: 'keyboard' | 'pointer') => {
    if (root.dataset.modality !== modality) root.dataset.modality = modality;
  };
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Tab' || event.key.startsWith('Arrow') || event.key === 'F6') set('keyboard');
  });
  window.addEventListener('pointerdown', () => set('pointer'));
}
