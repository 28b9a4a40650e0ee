#!/usr/bin/env node
// The `cosell` command. Flows are TypeScript, so the CLI runs through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
