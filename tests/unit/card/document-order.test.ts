// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inDocumentOrder } from '../../../page/cards/mention-order';

function rangeOver(node: Text): Range {
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, node.data.length);
  return range;
}

describe('inDocumentOrder', () => {
  it('orders ranges in the page and in open shadow roots by where they stand', () => {
    document.body.innerHTML = '<p id="a">first</p><div id="host"></div><p id="c">third</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>second</p>';
    const [first, third] = ['a', 'c'].map((id) => document.getElementById(id)!.firstChild as Text);
    const second = shadow.querySelector('p')!.firstChild as Text;
    const items = [third!, second, first!].map((node) => ({ name: node.data, range: rangeOver(node) }));
    expect(inDocumentOrder(items).map((i) => i.name)).toEqual(['first', 'second', 'third']);
  });
});
