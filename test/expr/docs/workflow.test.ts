// Conformance: workflow-function examples of the reference guide, read from a runtime context.
import { describe, it, expect } from 'vitest';
import { evaluateValue, type EvaluationContext } from '../../../src/expr/index';
import { ev, failure } from '../evaluate-helpers';

const getUserBody = {
  FullName: 'Contoso Corporation',
  Location: 'Generic Town, USA',
  Id: 283541717,
  UserName: 'ContosoInc',
  FollowersCount: 172,
  Description: 'Leading the way in transforming the digital workplace.',
  StatusesCount: 93,
  FriendsCount: 126,
  FavouritesCount: 46,
  ProfileImageUrl: 'https://pbs.twimg.com/profile_images/908820389907722240/gG9zaHcd_400x400.jpg',
};
const getUserOutputs = { statusCode: 200, headers: { Pragma: 'no-cache', 'Content-Type': 'application/json; charset=utf-8' }, body: getUserBody };
const feedUrl = 'https://feeds.a.dj.com/rss/RSSMarketsMain.xml';

const context: EvaluationContext = {
  trigger: {
    name: 'manual',
    outputs: { headers: {}, body: { $formdata: [{ key: 'feedUrl', value: feedUrl }], $multipart: [{ headers: {}, body: 'part 0' }] } },
  },
  actions: {
    Get_user: { name: 'Get_user', status: 'Succeeded', outputs: getUserOutputs },
    Get_status: { name: 'Get_status', status: 'Succeeded', outputs: { body: { status: 'Succeeded' } } },
    Send_an_email: { outputs: { body: { $formdata: [{ key: 'Subject', value: 'Hello world' }] } } },
  },
  parameters: { fullName: 'Sophia Owen', customerName: 'Sophia Owen', firstName: 'Sophia', lastName: 'Owen' },
  variables: { numItems: 20 },
  loops: [
    { name: 'myForEachLoopName', item: { body: 'message body' }, index: 0 },
    { name: 'Until_Max_Increment', index: 3 },
  ],
  workflow: { name: 'flow-id', run: { name: '08585', type: 'Microsoft.Logic/workflows/runs' }, tags: { flowDisplayName: 'My flow', environmentName: 'Default-1' } },
  results: { For_each: [{ name: 'HTTP', status: 'Succeeded', outputs: { statusCode: 200 } }] },
  callbackUrl: 'https://prod-01.westus.logic.azure.com:443/workflows/1/triggers/manual/run?api-version=2016-10-01',
};

describe('reference guide: workflow functions', () => {
  it('parameters(), and parameters in concat()', () => {
    expect(ev("parameters('fullName')", context)).toBe('Sophia Owen');
    expect(evaluateValue("@parameters('customerName')", context)).toBe('Sophia Owen');
    expect(evaluateValue("@concat(parameters('firstName'), parameters('lastName'))", context)).toBe('SophiaOwen');
  });

  it("variables('numItems') is 20", () => {
    expect(ev("variables('numItems')", context)).toBe(20);
  });

  it("actions('Get_user') / body('Get_user') / outputs('Get_user')", () => {
    expect(ev("actions('Get_status').outputs.body.status", context)).toBe('Succeeded');
    expect(ev("body('Get_user')", context)).toEqual(getUserBody);
    expect(ev("outputs('Get_user')", context)).toEqual(getUserOutputs);
    expect(ev("actionBody('Get_user')", context)).toEqual(getUserBody);
    expect(ev("actionOutputs('Get_user')", context)).toEqual(getUserOutputs);
  });

  it('items(), item() and iterationIndexes() read the enclosing loops', () => {
    expect(ev("items('myForEachLoopName')", context)).toEqual({ body: 'message body' });
    expect(ev("iterationIndexes('Until_Max_Increment')", context)).toBe(3);
    expect(evaluateValue("'Current index: ' @{iterationIndexes('Until_Max_Increment')}", context)).toBe("'Current index: ' 3");
    const inner: EvaluationContext = { loops: [{ name: 'Apply_to_each', item: { body: 'hi' }, index: 0 }] };
    expect(ev('item().body', inner)).toBe('hi');
  });

  it('form data: formDataValue, formDataMultiValues, triggerFormDataValue, triggerFormDataMultiValues', () => {
    expect(ev("formDataMultiValues('Send_an_email', 'Subject')", context)).toEqual(['Hello world']);
    expect(ev("formDataValue('Send_an_email', 'Subject')", context)).toBe('Hello world');
    expect(ev("triggerFormDataMultiValues('feedUrl')", context)).toEqual([feedUrl]);
    expect(ev("triggerFormDataValue('feedUrl')", context)).toBe(feedUrl);
  });

  it('trigger(), triggerOutputs(), triggerBody() and triggerMultipartBody()', () => {
    expect(ev('trigger().name', context)).toBe('manual');
    expect(ev('triggerOutputs()', context)).toEqual(context.trigger!.outputs);
    expect(ev("triggerBody()?['$formdata'][0]['key']", context)).toBe('feedUrl');
    expect(ev('triggerMultipartBody(0)', context)).toBe('part 0');
  });

  it('workflow(): run name and the Power Automate tags', () => {
    expect(ev('workflow().run.name', context)).toBe('08585');
    const link =
      "<a href=https://flow.microsoft.com/manage/environments/@{workflow()['tags']['environmentName']}/flows/@{workflow()['name']}/details>" +
      "Open flow @{workflow()['tags']['flowDisplayName']}</a>";
    expect(evaluateValue(link, context)).toBe(
      '<a href=https://flow.microsoft.com/manage/environments/Default-1/flows/flow-id/details>Open flow My flow</a>',
    );
  });

  it('result() returns the records of the scope\'s first-level actions', () => {
    expect(ev("result('For_each')", context)).toEqual([{ name: 'HTTP', status: 'Succeeded', outputs: { statusCode: 200 } }]);
    expect(ev("result('For_each')[0]['outputs']['statusCode']", context)).toBe(200);
  });

  it('listCallbackUrl()', () => {
    expect(ev('listCallbackUrl()', context)).toBe(context.callbackUrl);
  });

  it('implicit conversion: a number inside @{...} becomes text', () => {
    const numeric: EvaluationContext = { trigger: { outputs: { body: { '123': 42 } } } };
    expect(evaluateValue("@triggerBody()?['123']", numeric)).toBe(42);
    expect(evaluateValue("@{triggerBody()?['123']}", numeric)).toBe('42');
  });

  it('references to things that do not exist fail with located errors', () => {
    expect(failure("@body('Nope')", context).message).toContain("the action 'Nope' has not run or does not exist");
    expect(failure("@variables('nope')", context).message).toContain("the variable 'nope' is not initialized");
    expect(failure("@items('Other_loop')", context).message).toContain("not used inside the loop 'Other_loop'");
    expect(failure("@parameters('nope')", context).position).toBe(1);
  });
});
