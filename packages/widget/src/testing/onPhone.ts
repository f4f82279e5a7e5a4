import { expect, waitFor } from 'storybook/test';
import { INITIAL_VIEWPORTS } from 'storybook/viewport';

/**
 * Story settings that show a story on a phone (Storybook's "iPhone SE (2nd generation)", 375×667 CSS px,
 * below the widget's 480px full-screen breakpoint), in Storybook's toolbar and in the story tests alike:
 * `@storybook/addon-vitest` sizes the test frame from the same `viewport` global. Spread into a story; a
 * story with parameters of its own spreads `onPhone.parameters` into them.
 * @internal
 */
export const onPhone = {
  globals: { viewport: { value: 'iphonese2', isRotated: false } },
  parameters: { viewport: { options: INITIAL_VIEWPORTS } },
};

/**
 * Fails unless the story really renders on the phone's screen: a story that silently ran in a desktop-sized
 * frame would check the floating panel instead of the full-screen one.
 * @internal
 */
export async function expectPhoneScreen(): Promise<void> {
  await expect(`${window.innerWidth}x${window.innerHeight}`).toBe('375x667');
}

/**
 * Checks the full-screen layout of a phone: the panel (`dialog`) covers the whole screen, nothing in it is
 * wider than the screen (no sideways scrolling), and the launcher is out of the way while it is open.
 * @internal
 */
export async function expectFullScreenPanel(dialog: HTMLElement): Promise<void> {
  // Once it has risen into place (without reduced motion, it slides in).
  await waitFor(() => {
    const { top, left, width, height } = dialog.getBoundingClientRect();
    expect({ top, left, width, height }).toEqual({
      top: 0,
      left: 0,
      width: window.innerWidth,
      height: window.innerHeight,
    });
  });
  for (const box of [dialog, ...dialog.querySelectorAll<HTMLElement>('.parley-body, .parley-chat-scroll')]) {
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  }
  const launcher = dialog.closest('.parley')?.querySelector('.parley-launcher');
  if (launcher) await expect(launcher).not.toBeVisible();
}
