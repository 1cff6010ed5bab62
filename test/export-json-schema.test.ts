import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/build-graph.js';
import { graphJSONSchema } from '../src/io/json-schema.js';
import { fromJSON, READABLE_VERSIONS, toJSON } from '../src/io/json.js';
import { kremlinArticle, kyivArticle } from './graph-fixtures.js';

const document = () => toJSON(buildGraph([kremlinArticle(), kyivArticle()]));

function validator() {
  // strict: false because zod writes `additionalProperties: {}` for loose objects, which ajv's strict mode flags.
  return new Ajv2020({ strict: false, allErrors: true }).compile(graphJSONSchema());
}

describe('graphJSONSchema', () => {
  it('accepts the document toJSON writes, as checked by an independent JSON Schema validator', () => {
    const validate = validator();
    const ok = validate(JSON.parse(JSON.stringify(document())));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a document whose claim lacks its evidence offsets', () => {
    const json = JSON.parse(JSON.stringify(document()));
    const claim = json.nodes.find((n: { attributes: { nodeType: string } }) => n.attributes.nodeType === 'claim');
    delete claim.attributes.start;
    expect(validator()(json)).toBe(false);
  });

  it('rejects a document of another format name', () => {
    expect(validator()({ ...document(), format: 'graphology' })).toBe(false);
  });

  it('names the format and version it describes', () => {
    const schema = graphJSONSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties).toMatchObject({ format: { const: 'newsgraph' }, version: { const: 1 } });
  });
});

describe('fromJSON versions', () => {
  it('lists every version toJSON has written, including the current one', () => {
    expect(READABLE_VERSIONS).toContain(toJSON(buildGraph([])).version);
  });

  it('reads a version 1 document written out by hand', () => {
    const v1 = {
      format: 'newsgraph',
      version: 1,
      attributes: {},
      nodes: [
        {
          key: 'date:2024-05-01',
          attributes: { nodeType: 'date', label: '2024-05-01', articleIds: ['a1'], value: '2024-05-01', granularity: 'day', mentions: [] },
        },
      ],
      edges: [],
    };
    expect(fromJSON(v1).getNodeAttributes('date:2024-05-01')).toMatchObject({ value: '2024-05-01' });
  });

  it('refuses a version it never wrote and names the versions it reads', () => {
    expect(() => fromJSON({ ...document(), version: 0 })).toThrow(/reads versions 1/);
  });
});
