import type { ComponentChildren } from 'preact';
import { useShell } from '../../components/ShellContext';

/** Props of {@link ArticleItem}. @internal */
export interface ArticleItemProps {
  articleId: string;
  /** The title (text, or highlighted text): the button's name. */
  title: ComponentChildren;
  /** A snippet under the title, the button's description. Needs `id`. */
  text?: ComponentChildren;
  /** Unique id of the row. */
  id?: string;
}

/**
 * One article in a list (suggestions, search results) that opens it in the widget. The button holds the
 * title alone, so it is named by what it shows; the snippet is its description, and the whole row is its
 * click target (see the styles).
 * @internal
 */
export function ArticleItem({ articleId, title, text, id }: ArticleItemProps) {
  const { navigation } = useShell();
  const snippetId = text !== undefined && id !== undefined ? `${id}-d` : undefined;
  return (
    <li>
      <button
        type="button"
        class="parley-kb-item"
        aria-describedby={snippetId}
        onClick={() => navigation.push({ view: 'article', articleId })}
      >
        {title}
      </button>
      {text !== undefined && (
        <p id={snippetId} class="parley-kb-snippet">
          {text}
        </p>
      )}
    </li>
  );
}
