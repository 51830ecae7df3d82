import type { FactorComparison } from '../../core/history';
import type { KnowledgeBundle } from '../../core/knowledge';
import type { MyBackText } from '../../ui-text/my-back-text';
import { formatShare } from './format-share';

/** Every factor, the clearest gaps first; the reading is words, not colour. */
export function FactorTable({ text, kb, comparisons }: { text: MyBackText; kb: KnowledgeBundle; comparisons: readonly FactorComparison[] }) {
  return (
    <table class="factors">
      <caption class="visually-hidden">{text.factorsHeading}</caption>
      <thead>
        <tr>
          <th scope="col">{text.columns.factor}</th>
          <th scope="col">{text.columns.withPain}</th>
          <th scope="col">{text.columns.withoutPain}</th>
          <th scope="col">{text.columns.reading}</th>
        </tr>
      </thead>
      <tbody>
        {comparisons.map((c) => (
          <tr key={c.id} class={`lean-${c.lean}`} data-factor={c.id}>
            <th scope="row">
              {text.factors[c.id]}
              {c.cause && (
                <>
                  <br />
                  <a class="cause-link" href={`#library/${c.cause}`}>
                    {text.aboutCause(kb.causes[c.cause].title)}
                  </a>
                </>
              )}
            </th>
            <td class="pain-share">{formatShare(text, c.pain)}</td>
            <td class="no-pain-share">{formatShare(text, c.noPain)}</td>
            <td class="reading">{text.leans[c.lean]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
