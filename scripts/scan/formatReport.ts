// Human-readable report of one analysis: red flags first and loud, then
// mentions, then causes with their quoted evidence.
import type { Analysis } from '../../core/types';

const quote = (text: string): string => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);

export function formatReport(id: string, analysis: Analysis): string {
  const out: string[] = [`== ${id}`];
  if (analysis.redFlags.length > 0) {
    out.push('  !!! RED FLAGS: get medical help, as soon as each tier says !!!');
    for (const flag of analysis.redFlags) out.push(`  !!! ${flag.id.toUpperCase()} (${flag.tier})  ${quote(flag.text)} @${flag.start}`);
  }
  if (analysis.mentions.length === 0) out.push('  no back-pain mentions');
  for (const mention of analysis.mentions) {
    out.push(`  mention  ${mention.status.padEnd(7)} ${mention.region.padEnd(11)} ${quote(mention.text)} @${mention.start}-${mention.end}`);
  }
  analysis.causes.forEach((cause, rank) => {
    const evidence = [
      ...cause.evidence.map((span) => quote(span.text)),
      ...(cause.facts ?? []).map((fact) => `this activity: ${fact.label} ${fact.value}`),
    ].join(', ');
    out.push(`  cause #${rank + 1} ${cause.id.padEnd(18)} ${cause.score.toFixed(2)}  ${evidence}`);
  });
  return out.join('\n');
}
