import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AttachmentLink } from './AttachmentLink';

afterEach(cleanup);

const signed = 'https://help.example/v1/attachments/att_1/content?expires=1700000000&signature=abc';

describe('<AttachmentLink>', () => {
  it('links to the file in a new tab, named by its name and size', () => {
    render(<AttachmentLink name="report.pdf" contentType="application/pdf" size="12 KB" href={signed} />);
    const link = screen.getByRole('link', { name: 'report.pdf 12 KB' });
    expect(link.getAttribute('href')).toBe(signed);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.querySelector('img')).toBeNull();
    expect(link.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it.each(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'IMAGE/PNG; charset=binary'])(
    'previews %s inside the link, lazily and without an alternative text of its own',
    (contentType) => {
      render(<AttachmentLink name="shot.png" contentType={contentType} size="1 KB" href={signed} />);
      const link = screen.getByRole('link', { name: 'shot.png 1 KB' });
      const image = link.querySelector('img');
      expect(image?.getAttribute('src')).toBe(signed);
      expect(image?.getAttribute('alt')).toBe('');
      expect(image?.getAttribute('loading')).toBe('lazy');
      expect(link.hasAttribute('data-preview')).toBe(true);
    },
  );

  it.each(['image/svg+xml', 'image/tiff', 'text/html', 'application/octet-stream'])(
    'shows no preview for %s',
    (contentType) => {
      render(<AttachmentLink name="file" contentType={contentType} size="1 KB" href={signed} />);
      expect(screen.getByRole('link').querySelector('img')).toBeNull();
    },
  );

  it('shows no preview for a link that is not http(s)', () => {
    render(<AttachmentLink name="a.png" contentType="image/png" size="1 KB" href="mailto:x@example.com" />);
    expect(screen.getByRole('link').querySelector('img')).toBeNull();
  });

  it('falls back to the plain chip when the preview fails, and tries again with a fresh link', () => {
    const { rerender } = render(
      <AttachmentLink name="shot.png" contentType="image/png" size="1 KB" href={signed} />,
    );
    fireEvent.error(screen.getByRole('link').querySelector('img') as HTMLImageElement);
    const link = screen.getByRole('link', { name: 'shot.png 1 KB' });
    expect(link.querySelector('img')).toBeNull();
    expect(link.querySelector('svg')).not.toBeNull();
    expect(link.hasAttribute('data-preview')).toBe(false);

    const fresh = signed.replace('abc', 'def');
    rerender(<AttachmentLink name="shot.png" contentType="image/png" size="1 KB" href={fresh} />);
    expect(screen.getByRole('link').querySelector('img')?.getAttribute('src')).toBe(fresh);
  });

  it('renders a file without a link (still uploading) as text, without a preview', () => {
    const { container } = render(
      <AttachmentLink name="shot.png" contentType="image/png" size="1 KB" href={undefined} />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('shot.png1 KB');
  });

  it('shows a name holding markup as text', () => {
    const name = '<img src=x onerror=alert(1)><b>bold</b>.png';
    const { container } = render(
      <AttachmentLink name={name} contentType="image/png" size="1 KB" href={signed} />,
    );
    expect(screen.getByRole('link', { name: `${name} 1 KB` })).toBeTruthy();
    expect(container.querySelector('.parley-file-name')?.textContent).toBe(name);
    expect(container.querySelectorAll('img')).toHaveLength(1);
    expect(container.querySelector('b')).toBeNull();
  });
});
