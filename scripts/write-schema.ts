/**
 * Writes questionnaires/schema.json and questionnaires/index.schema.json from the zod format, so
 * editors can autocomplete and check a questionnaire while an HR adviser types.
 * `npm run schema`; a unit test fails when the committed files are out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod';
import { IndexSchema, QuestionnaireSchema } from '../src/domain/format';

export const QUESTIONNAIRE_DIR = fileURLToPath(new URL('../questionnaires/', import.meta.url));

/** The JSON Schema files, as they should be on disk: pretty-printed, with a trailing newline. */
export function schemaFiles(): { file: string; text: string }[] {
  // io 'input': fields with a default are optional in the file. 'any': the cross-field rules
  // (superRefine) cannot be expressed in JSON Schema; check:questionnaires covers them.
  const options = { io: 'input', unrepresentable: 'any' } as const;
  return [
    { file: 'schema.json', schema: z.toJSONSchema(QuestionnaireSchema, options) },
    { file: 'index.schema.json', schema: z.toJSONSchema(IndexSchema, options) },
  ].map(({ file, schema }) => ({ file, text: `${JSON.stringify(schema, null, 2)}\n` }));
}

function main() {
  for (const { file, text } of schemaFiles()) {
    writeFileSync(`${QUESTIONNAIRE_DIR}${file}`, text);
    console.log(`Geschreven: questionnaires/${file}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
