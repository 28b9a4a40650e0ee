// `cosell eval '<value>' [--context file.json]` and `cosell eval --jsonl`: evaluate workflow string values.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { EvaluationContext } from '../../src/expr';

/** The evaluator, loaded when `eval` runs: `cosell` registers every command, and only the one that runs should load. */
let expr: typeof import('../../src/expr');

/** "InvalidTemplate at position 8: <message>" for engine errors; the message otherwise. */
function describe(error: unknown): string {
  if (error instanceof expr.ExpressionError) return `${error.code} at position ${error.position}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** The value with a caret under the failing position. */
function pointer(value: string, position: number): string {
  const line = value.replace(/[\r\n\t]/g, ' ');
  return `  ${line}\n  ${' '.repeat(Math.min(position, line.length))}^`;
}

function evaluateLine(line: string): string {
  try {
    const input = expr.parseJson(line);
    if (!expr.isObject(input) || typeof input.value !== 'string') {
      throw new TypeError('each line must be a JSON object with a string "value"');
    }
    return `{"result":${expr.toJson(expr.evaluateValue(input.value, expr.contextFromJson(input.context)))}}`;
  } catch (error) {
    return JSON.stringify({ error: describe(error) });
  }
}

async function jsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (!process.stdout.write(`${evaluateLine(line)}\n`)) await new Promise((done) => process.stdout.once('drain', done));
  }
}

function single(value: string, contextFile: string | undefined): void {
  let context: EvaluationContext;
  try {
    context = contextFile ? expr.contextFromJson(expr.parseJson(readFileSync(contextFile, 'utf8'))) : {};
  } catch (error) {
    console.error(`cannot read the context ${contextFile}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return;
  }
  try {
    console.log(expr.toJson(expr.evaluateValue(value, context)));
  } catch (error) {
    console.error(describe(error));
    if (error instanceof expr.ExpressionError) console.error(pointer(value, error.position));
    process.exitCode = 1;
  }
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('evaluate a workflow string value (e.g. "@concat(\'a\', \'b\')") and print the result as JSON')
    .argument('[value]', 'the string value: @expression, text with @{...} interpolations, or literal text')
    .option('--context <file>', 'JSON file with trigger, actions, variables, parameters, loops, workflow, results, now, random, guid')
    .option('--jsonl', 'read {"value", "context"} lines on stdin; write {"result"} or {"error"} lines on stdout')
    .action(async (value: string | undefined, o: { context?: string; jsonl?: boolean }) => {
      expr = await import('../../src/expr');
      if (o.jsonl) return jsonl();
      if (value === undefined) {
        console.error('cosell eval: give a value to evaluate, or --jsonl');
        process.exitCode = 1;
        return;
      }
      single(value, o.context);
    });
}
