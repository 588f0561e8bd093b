// Reads IIIF documents (a Presentation 3.0 manifest, an Image API info.json) with Allmaps' IIIF
// parser, which checks them against its schemas of the specifications: one line per file, the
// exit status non-zero if any is not valid. Run by the tests (IiifValidityTest).
import { IIIF } from '@allmaps/iiif-parser';
import { readFileSync } from 'node:fs';

let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const parsed = IIIF.parse(JSON.parse(readFileSync(file, 'utf8')));
    const canvases = parsed.canvases || [];
    console.log([file, parsed.type, 'version ' + parsed.majorVersion, 'canvases ' + canvases.length,
      ...canvases.map(c => c.width + 'x' + c.height + ' ' + c.image.uri)].join('\t'));
  } catch (e) {
    failed++;
    console.log([file, 'INVALID', String(e.message).replace(/\s+/g, ' ').slice(0, 2000)].join('\t'));
  }
}
process.exit(failed ? 1 : 0);
