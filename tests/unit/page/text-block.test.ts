// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readTextBlock } from '../../../page/text-block';

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.replaceChildren(host);
  return host;
}

describe('readTextBlock', () => {
  it('reads inline text as one run and maps offsets back to a Range across elements', () => {
    const block = readTextBlock(element('<p>My <b>mid back</b> hurts</p>'));
    expect(block.text.trim()).toBe('My mid back hurts');
    const start = block.text.indexOf('mid back hurts');
    const range = rangeFor(block, start, start + 'mid back hurts'.length)!;
    expect(range.toString()).toBe('mid back hurts');
    expect(range.startContainer.textContent).toBe('mid back');
  });

  it('separates block-level elements so sentences of two paragraphs never run together', () => {
    const block = readTextBlock(element('<p>It hurts</p><p>Back to running</p><div>soon<br>again</div>'));
    expect(block.text).toBe('It hurts\nBack to running\nsoon\nagain\n');
  });

  it('skips scripts, styles, form fields, hidden and editable parts, and our own host', () => {
    const block = readTextBlock(
      element(
        '<p>seen</p><script>no()</script><style>.x{}</style><textarea>typing</textarea>' +
          '<div hidden>hidden</div><div contenteditable="true">draft</div><div data-backlight-host>card</div>',
      ),
    );
    expect(block.text.trim()).toBe('seen');
  });

  it('reads an open shadow root through its slots, counting slotted text once', () => {
    const root = element('<x-comment><div slot="comment">lower back aches</div></x-comment>');
    const comment = root.querySelector('x-comment')!;
    comment.attachShadow({ mode: 'open' }).innerHTML = '<span>by runner</span><slot name="comment"></slot>';
    const block = readTextBlock(root);
    expect(block.text.match(/lower back aches/g)).toHaveLength(1);
    expect(block.text).toContain('by runner');
  });

  it('gives no Range once the text it maps to is gone from the page', () => {
    const root = element('<p>upper back tight</p>');
    const block = readTextBlock(root);
    root.replaceChildren();
    expect(rangeFor(block, 0, 5)).toBeNull();
  });

  it('handles an empty post', () => {
    const block = readTextBlock(element(''));
    expect(block.text).toBe('');
    expect(rangeFor(block, 0, 1)).toBeNull();
  });
});

describe('readTextBlock with an adapter’s ignoreWithin', () => {
  it('leaves out quoted text the author did not write', () => {
    const root = element('<blockquote>my lower back hurts</blockquote><p>Same here!</p>');
    expect(readTextBlock(root, 'blockquote').text.trim()).toBe('Same here!');
  });
});
