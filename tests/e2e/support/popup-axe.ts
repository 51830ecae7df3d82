import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * A script for any page of the extension: loads axe-core, runs it on the whole document and
 * evaluates to the serious and critical violations, as "rule: selectors" lines.
 */
export const AXE_SERIOUS_VIOLATIONS = `${AXE_SOURCE};
axe.run(document, { resultTypes: ['violations'] }).then((result) =>
  result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`;
