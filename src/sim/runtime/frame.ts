// Frames: the root of a run, and one per loop iteration (scopes and conditions share their parent's).
import type { EvaluationContext, LoopFrame } from '../../expr';
import type { Frame, RunState } from './state';

function contextOf(run: RunState, frame: Omit<Frame, 'ctx'>): EvaluationContext {
  const { services } = run;
  return {
    trigger: run.trigger,
    actions: frame.actions,
    variables: run.variables,
    parameters: run.flow.parameters,
    loops: frame.loops,
    workflow: run.workflow,
    results: frame.results,
    ...(run.callbackUrl ? { callbackUrl: run.callbackUrl } : {}),
    now: () => services.clock.now(),
    random: services.random,
    newGuid: services.newGuid,
  };
}

export function rootFrame(run: RunState): Frame {
  const base = { run, actions: {}, own: {}, results: {}, loops: [], iteration: [], inForeach: false };
  return { ...base, ctx: contextOf(run, base) };
}

/** A loop iteration: sees everything its parent sees, records its own actions apart. */
export function iterationFrame(parent: Frame, loop: LoopFrame, foreach: boolean): Frame {
  const base = {
    run: parent.run,
    actions: { ...parent.actions },
    own: {},
    results: { ...parent.results },
    loops: [...parent.loops, loop],
    iteration: [...parent.iteration, loop.index],
    inForeach: parent.inForeach || foreach,
  };
  return { ...base, ctx: contextOf(parent.run, base) };
}

/** After a loop, later actions see its last iteration's records (as `body('X')` after a Do until). */
export function exposeIteration(parent: Frame, iteration: Frame | undefined): void {
  if (!iteration) return;
  Object.assign(parent.actions, iteration.own);
  Object.assign(parent.own, iteration.own);
}
