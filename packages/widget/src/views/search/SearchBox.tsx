import { useLayoutEffect, useRef } from 'preact/hooks';
import { useShell } from '../../components/ShellContext';
import { focusIfLost } from '../home/focusIfLost';

/** Props of {@link SearchBox}. @internal */
export interface SearchBoxProps {
  /** The query shown; typing opens (or updates) the search route with the new one. */
  query: string;
  /** Take the focus when it was lost (the visitor was typing in the box of the view before). */
  takeFocus?: boolean;
}

/**
 * The help-centre search box (`type=search`, so a `searchbox` with its label). Every change opens the
 * search route with the query, on home as on the search view itself (where it replaces the route, so Back
 * from an article finds the results again). Text still being composed with an input method (pinyin, kana)
 * is not searched until it is committed.
 * @internal
 */
export function SearchBox({ query, takeFocus }: SearchBoxProps) {
  const { messages, navigation } = useShell();
  const input = useRef<HTMLInputElement>(null);
  const search = () => {
    const value = input.current?.value ?? '';
    if (value !== query) navigation.push({ view: 'search', query: value });
  };
  // Not a controlled value: re-rendering while an input method composes would wipe the composition.
  useLayoutEffect(() => {
    const box = input.current;
    if (box && box.value !== query) box.value = query;
  }, [query]);
  useLayoutEffect(() => {
    const box = input.current;
    if (takeFocus && box && focusIfLost(box)) box.setSelectionRange(box.value.length, box.value.length);
  }, [takeFocus]);
  return (
    <form
      class="parley-search-box"
      onSubmit={(event) => {
        event.preventDefault();
        search();
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label={messages.search.label}
        placeholder={messages.search.label}
        enterKeyHint="search"
        autoComplete="off"
        maxLength={200}
        onInput={(event) => (event as InputEvent).isComposing || search()}
        onCompositionEnd={search}
      />
    </form>
  );
}
