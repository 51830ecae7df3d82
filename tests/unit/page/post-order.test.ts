// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { withPlaced } from '../../../page/post-order';

describe('withPlaced', () => {
  it('puts new and moved posts at their places in document order, each once', () => {
    document.body.innerHTML = '<p id="a"></p><p id="b"></p><p id="c"></p><p id="d"></p><p id="e"></p>';
    const [a, b, c, d, e] = [...document.querySelectorAll('p')];
    // Known in order: a, c, e; b and d are new; e moved to the top since it was placed.
    document.body.prepend(e!);
    expect(withPlaced([a!, c!, e!], [d!, b!, e!]).map((p) => p.id)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('adds posts that all follow the known ones after them, in document order', () => {
    document.body.innerHTML = '<p id="a"></p><p id="b"></p><p id="c"></p><p id="d"></p>';
    const [a, b, c, d] = [...document.querySelectorAll('p')];
    expect(withPlaced([a!, b!], [d!, c!]).map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the order as it was when nothing is placed', () => {
    document.body.innerHTML = '<p id="a"></p><p id="b"></p>';
    const posts = [...document.querySelectorAll('p')];
    expect(withPlaced(posts, [])).toEqual(posts);
  });
});
