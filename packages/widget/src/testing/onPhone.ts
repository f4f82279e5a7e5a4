import { expect } from 'storybook/test';
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
