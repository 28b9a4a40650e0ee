// Generated from src/solution/schema/yaml-schema.ts by src/solution/schema/validators-codegen.ts (ajv 8.20.0): do not edit.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const validate = validate10;
export default validate10;
const schema11 = {
  type: 'object',
  additionalProperties: false,
  required: ['introducedVersion', 'tables'],
  properties: {
    introducedVersion: { type: 'string', pattern: '^\\d+(\\.\\d+){1,3}$' },
    languageCode: { type: 'integer', minimum: 1 },
    choices: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'displayName', 'options'],
        properties: {
          name: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 50 },
          displayName: { type: 'string', minLength: 1, maxLength: 500 },
          description: { type: 'string', maxLength: 2000 },
          options: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['code', 'index', 'label'],
              properties: {
                code: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' },
                index: { type: 'integer', minimum: 0, maximum: 9999 },
                label: { type: 'string', minLength: 1, maxLength: 500 },
                description: { type: 'string', maxLength: 2000 },
              },
            },
          },
        },
      },
    },
    tables: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['schemaName', 'displayName', 'columns'],
        properties: {
          schemaName: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 },
          displayName: { type: 'string', minLength: 1, maxLength: 500 },
          system: { type: 'boolean' },
          collectionName: { type: 'string', minLength: 1, maxLength: 500 },
          entitySetName: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 50 },
          description: { type: 'string', maxLength: 2000 },
          primaryName: {
            type: 'object',
            additionalProperties: false,
            required: ['schemaName', 'displayName', 'maxLength'],
            properties: {
              schemaName: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 },
              displayName: { type: 'string', minLength: 1, maxLength: 500 },
              maxLength: { type: 'integer', minimum: 1, maximum: 4000 },
              description: { type: 'string', maxLength: 2000 },
            },
          },
          columns: {
            type: 'array',
            items: {
              type: 'object',
              required: ['type'],
              discriminator: { propertyName: 'type' },
              oneOf: [
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['type', 'schemaName', 'displayName'],
                  properties: {
                    type: { const: 'boolean' },
                    schemaName: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 },
                    displayName: { type: 'string', minLength: 1, maxLength: 500 },
                    description: { type: 'string', maxLength: 2000 },
                    required: { enum: ['none', 'recommended', 'required'] },
                    audit: { type: 'boolean' },
                    default: { type: 'boolean' },
                    trueLabel: { type: 'string', minLength: 1, maxLength: 500 },
                    falseLabel: { type: 'string', minLength: 1, maxLength: 500 },
                  },
                },
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['type', 'schemaName', 'displayName', 'maxLength'],
                  properties: {
                    type: { const: 'text' },
                    schemaName: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 },
                    displayName: { type: 'string', minLength: 1, maxLength: 500 },
                    description: { type: 'string', maxLength: 2000 },
                    required: { enum: ['none', 'recommended', 'required'] },
                    audit: { type: 'boolean' },
                    maxLength: { type: 'integer', minimum: 1, maximum: 4000 },
                    format: { enum: ['text', 'url', 'email', 'phone', 'textarea'] },
                  },
                },
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['type', 'schemaName', 'displayName', 'maxLength'],
                  properties: {
                    type: { const: 'memo' },
                    schemaName: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 },
                    displayName: { type: 'string', minLength: 1, maxLength: 500 },
                    description: { type: 'string', maxLength: 2000 },
                    required: { enum: ['none', 'recommended', 'required'] },
                    audit: { type: 'boolean' },
                    maxLength: { type: 'integer', minimum: 1, maximum: 1048576 },
                  },
                },
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['type', 'schemaName', 'displayName'],
                  properties: {
                    type: { const: 'choice' },
                    schemaName: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 },
                    displayName: { type: 'string', minLength: 1, maxLength: 500 },
                    description: { type: 'string', maxLength: 2000 },
                    required: { enum: ['none', 'recommended', 'required'] },
                    audit: { type: 'boolean' },
                    options: {
                      type: 'array',
                      minItems: 1,
                      items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['code', 'index', 'label'],
                        properties: {
                          code: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' },
                          index: { type: 'integer', minimum: 0, maximum: 9999 },
                          label: { type: 'string', minLength: 1, maxLength: 500 },
                          description: { type: 'string', maxLength: 2000 },
                        },
                      },
                    },
                    globalChoice: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 50 },
                    default: { type: 'string' },
                  },
                },
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['type', 'schemaName', 'displayName', 'globalChoice'],
                  properties: {
                    type: { const: 'multichoice' },
                    schemaName: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 },
                    displayName: { type: 'string', minLength: 1, maxLength: 500 },
                    description: { type: 'string', maxLength: 2000 },
                    required: { enum: ['none', 'recommended', 'required'] },
                    audit: { type: 'boolean' },
                    globalChoice: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 50 },
                  },
                },
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['type', 'schemaName', 'displayName', 'target'],
                  properties: {
                    type: { const: 'lookup' },
                    schemaName: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 },
                    displayName: { type: 'string', minLength: 1, maxLength: 500 },
                    description: { type: 'string', maxLength: 2000 },
                    required: { enum: ['none', 'recommended', 'required'] },
                    audit: { type: 'boolean' },
                    target: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 },
                    relationship: {
                      type: 'object',
                      additionalProperties: false,
                      properties: {
                        name: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 100 },
                        cascadeDelete: { enum: ['NoCascade', 'Cascade', 'RemoveLink', 'Restrict'] },
                        cascadeArchive: { enum: ['NoCascade', 'Cascade', 'RemoveLink', 'Restrict'] },
                      },
                    },
                  },
                },
              ],
            },
          },
          viewColumns: { type: 'array', items: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 50 } },
        },
      },
    },
    forms: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['table', 'name', 'tabs'],
        properties: {
          table: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 },
          name: { type: 'string', minLength: 1, maxLength: 500 },
          description: { type: 'string', maxLength: 2000 },
          tabs: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['label', 'sections'],
              properties: {
                label: { type: 'string', minLength: 1, maxLength: 500 },
                sections: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['label', 'fields'],
                    properties: {
                      label: { type: 'string', minLength: 1, maxLength: 500 },
                      showLabel: { type: 'boolean' },
                      fields: {
                        type: 'array',
                        minItems: 1,
                        items: {
                          type: 'object',
                          additionalProperties: false,
                          properties: {
                            column: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 50 },
                            label: { type: 'string', minLength: 1, maxLength: 500 },
                            readOnly: { type: 'boolean' },
                            control: { enum: ['text', 'url', 'memo', 'lookup', 'choice', 'multichoice', 'boolean'] },
                            subgrid: {
                              type: 'object',
                              additionalProperties: false,
                              required: ['name', 'label', 'table', 'lookup'],
                              properties: {
                                name: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 },
                                label: { type: 'string', minLength: 1, maxLength: 500 },
                                table: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 50 },
                                lookup: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: 50 },
                              },
                            },
                          },
                          oneOf: [
                            { type: 'object', required: ['column'] },
                            { type: 'object', required: ['subgrid'] },
                          ],
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};
const pattern0 = new RegExp('^\\d+(\\.\\d+){1,3}$', 'u');
const pattern1 = new RegExp('^[a-z][a-z0-9_]*$', 'u');
const pattern2 = new RegExp('^[A-Za-z][A-Za-z0-9]*$', 'u');
const pattern3 = new RegExp('^[A-Za-z][A-Za-z0-9_]*$', 'u');
const func2 = require('ajv/dist/runtime/ucs2length').default;
const func9 = Object.prototype.hasOwnProperty;
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.introducedVersion === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'introducedVersion' },
        message: "must have required property '" + 'introducedVersion' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tables === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tables' },
        message: "must have required property '" + 'tables' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'introducedVersion' ||
        key0 === 'languageCode' ||
        key0 === 'choices' ||
        key0 === 'tables' ||
        key0 === 'forms'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.introducedVersion !== undefined) {
      let data0 = data.introducedVersion;
      if (typeof data0 === 'string') {
        if (!pattern0.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/introducedVersion',
            schemaPath: '#/properties/introducedVersion/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\d+(\\.\\d+){1,3}$' },
            message: 'must match pattern "' + '^\\d+(\\.\\d+){1,3}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/introducedVersion',
          schemaPath: '#/properties/introducedVersion/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.languageCode !== undefined) {
      let data1 = data.languageCode;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err5 = {
          instancePath: instancePath + '/languageCode',
          schemaPath: '#/properties/languageCode/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/languageCode',
            schemaPath: '#/properties/languageCode/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.choices !== undefined) {
      let data2 = data.choices;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.name === undefined) {
              const err7 = {
                instancePath: instancePath + '/choices/' + i0,
                schemaPath: '#/properties/choices/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.displayName === undefined) {
              const err8 = {
                instancePath: instancePath + '/choices/' + i0,
                schemaPath: '#/properties/choices/items/required',
                keyword: 'required',
                params: { missingProperty: 'displayName' },
                message: "must have required property '" + 'displayName' + "'",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data3.options === undefined) {
              const err9 = {
                instancePath: instancePath + '/choices/' + i0,
                schemaPath: '#/properties/choices/items/required',
                keyword: 'required',
                params: { missingProperty: 'options' },
                message: "must have required property '" + 'options' + "'",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === 'name' || key1 === 'displayName' || key1 === 'description' || key1 === 'options')) {
                const err10 = {
                  instancePath: instancePath + '/choices/' + i0,
                  schemaPath: '#/properties/choices/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.name !== undefined) {
              let data4 = data3.name;
              if (typeof data4 === 'string') {
                if (func2(data4) > 50) {
                  const err11 = {
                    instancePath: instancePath + '/choices/' + i0 + '/name',
                    schemaPath: '#/properties/choices/items/properties/name/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 50 },
                    message: 'must NOT have more than 50 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (!pattern1.test(data4)) {
                  const err12 = {
                    instancePath: instancePath + '/choices/' + i0 + '/name',
                    schemaPath: '#/properties/choices/items/properties/name/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z][a-z0-9_]*$' },
                    message: 'must match pattern "' + '^[a-z][a-z0-9_]*$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = {
                  instancePath: instancePath + '/choices/' + i0 + '/name',
                  schemaPath: '#/properties/choices/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.displayName !== undefined) {
              let data5 = data3.displayName;
              if (typeof data5 === 'string') {
                if (func2(data5) > 500) {
                  const err14 = {
                    instancePath: instancePath + '/choices/' + i0 + '/displayName',
                    schemaPath: '#/properties/choices/items/properties/displayName/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 500 },
                    message: 'must NOT have more than 500 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (func2(data5) < 1) {
                  const err15 = {
                    instancePath: instancePath + '/choices/' + i0 + '/displayName',
                    schemaPath: '#/properties/choices/items/properties/displayName/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = {
                  instancePath: instancePath + '/choices/' + i0 + '/displayName',
                  schemaPath: '#/properties/choices/items/properties/displayName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data3.description !== undefined) {
              let data6 = data3.description;
              if (typeof data6 === 'string') {
                if (func2(data6) > 2000) {
                  const err17 = {
                    instancePath: instancePath + '/choices/' + i0 + '/description',
                    schemaPath: '#/properties/choices/items/properties/description/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 2000 },
                    message: 'must NOT have more than 2000 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = {
                  instancePath: instancePath + '/choices/' + i0 + '/description',
                  schemaPath: '#/properties/choices/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data3.options !== undefined) {
              let data7 = data3.options;
              if (Array.isArray(data7)) {
                if (data7.length < 1) {
                  const err19 = {
                    instancePath: instancePath + '/choices/' + i0 + '/options',
                    schemaPath: '#/properties/choices/items/properties/options/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                const len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data8 = data7[i1];
                  if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                    if (data8.code === undefined) {
                      const err20 = {
                        instancePath: instancePath + '/choices/' + i0 + '/options/' + i1,
                        schemaPath: '#/properties/choices/items/properties/options/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'code' },
                        message: "must have required property '" + 'code' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                    if (data8.index === undefined) {
                      const err21 = {
                        instancePath: instancePath + '/choices/' + i0 + '/options/' + i1,
                        schemaPath: '#/properties/choices/items/properties/options/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'index' },
                        message: "must have required property '" + 'index' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    if (data8.label === undefined) {
                      const err22 = {
                        instancePath: instancePath + '/choices/' + i0 + '/options/' + i1,
                        schemaPath: '#/properties/choices/items/properties/options/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'label' },
                        message: "must have required property '" + 'label' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                    for (const key2 in data8) {
                      if (!(key2 === 'code' || key2 === 'index' || key2 === 'label' || key2 === 'description')) {
                        const err23 = {
                          instancePath: instancePath + '/choices/' + i0 + '/options/' + i1,
                          schemaPath: '#/properties/choices/items/properties/options/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key2 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err23];
                        } else {
                          vErrors.push(err23);
                        }
                        errors++;
                      }
                    }
                    if (data8.code !== undefined) {
                      let data9 = data8.code;
                      if (typeof data9 === 'string') {
                        if (!pattern2.test(data9)) {
                          const err24 = {
                            instancePath: instancePath + '/choices/' + i0 + '/options/' + i1 + '/code',
                            schemaPath: '#/properties/choices/items/properties/options/items/properties/code/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^[A-Za-z][A-Za-z0-9]*$' },
                            message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9]*$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err24];
                          } else {
                            vErrors.push(err24);
                          }
                          errors++;
                        }
                      } else {
                        const err25 = {
                          instancePath: instancePath + '/choices/' + i0 + '/options/' + i1 + '/code',
                          schemaPath: '#/properties/choices/items/properties/options/items/properties/code/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                    if (data8.index !== undefined) {
                      let data10 = data8.index;
                      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                        const err26 = {
                          instancePath: instancePath + '/choices/' + i0 + '/options/' + i1 + '/index',
                          schemaPath: '#/properties/choices/items/properties/options/items/properties/index/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                        };
                        if (vErrors === null) {
                          vErrors = [err26];
                        } else {
                          vErrors.push(err26);
                        }
                        errors++;
                      }
                      if (typeof data10 == 'number' && isFinite(data10)) {
                        if (data10 > 9999 || isNaN(data10)) {
                          const err27 = {
                            instancePath: instancePath + '/choices/' + i0 + '/options/' + i1 + '/index',
                            schemaPath: '#/properties/choices/items/properties/options/items/properties/index/maximum',
                            keyword: 'maximum',
                            params: { comparison: '<=', limit: 9999 },
                            message: 'must be <= 9999',
                          };
                          if (vErrors === null) {
                            vErrors = [err27];
                          } else {
                            vErrors.push(err27);
                          }
                          errors++;
                        }
                        if (data10 < 0 || isNaN(data10)) {
                          const err28 = {
                            instancePath: instancePath + '/choices/' + i0 + '/options/' + i1 + '/index',
                            schemaPath: '#/properties/choices/items/properties/options/items/properties/index/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                            message: 'must be >= 0',
                          };
                          if (vErrors === null) {
                            vErrors = [err28];
                          } else {
                            vErrors.push(err28);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data8.label !== undefined) {
                      let data11 = data8.label;
                      if (typeof data11 === 'string') {
                        if (func2(data11) > 500) {
                          const err29 = {
                            instancePath: instancePath + '/choices/' + i0 + '/options/' + i1 + '/label',
                            schemaPath:
                              '#/properties/choices/items/properties/options/items/properties/label/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 500 },
                            message: 'must NOT have more than 500 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err29];
                          } else {
                            vErrors.push(err29);
                          }
                          errors++;
                        }
                        if (func2(data11) < 1) {
                          const err30 = {
                            instancePath: instancePath + '/choices/' + i0 + '/options/' + i1 + '/label',
                            schemaPath:
                              '#/properties/choices/items/properties/options/items/properties/label/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err30];
                          } else {
                            vErrors.push(err30);
                          }
                          errors++;
                        }
                      } else {
                        const err31 = {
                          instancePath: instancePath + '/choices/' + i0 + '/options/' + i1 + '/label',
                          schemaPath: '#/properties/choices/items/properties/options/items/properties/label/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                    }
                    if (data8.description !== undefined) {
                      let data12 = data8.description;
                      if (typeof data12 === 'string') {
                        if (func2(data12) > 2000) {
                          const err32 = {
                            instancePath: instancePath + '/choices/' + i0 + '/options/' + i1 + '/description',
                            schemaPath:
                              '#/properties/choices/items/properties/options/items/properties/description/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 2000 },
                            message: 'must NOT have more than 2000 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err32];
                          } else {
                            vErrors.push(err32);
                          }
                          errors++;
                        }
                      } else {
                        const err33 = {
                          instancePath: instancePath + '/choices/' + i0 + '/options/' + i1 + '/description',
                          schemaPath: '#/properties/choices/items/properties/options/items/properties/description/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err34 = {
                      instancePath: instancePath + '/choices/' + i0 + '/options/' + i1,
                      schemaPath: '#/properties/choices/items/properties/options/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = {
                  instancePath: instancePath + '/choices/' + i0 + '/options',
                  schemaPath: '#/properties/choices/items/properties/options/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = {
              instancePath: instancePath + '/choices/' + i0,
              schemaPath: '#/properties/choices/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = {
          instancePath: instancePath + '/choices',
          schemaPath: '#/properties/choices/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.tables !== undefined) {
      let data13 = data.tables;
      if (Array.isArray(data13)) {
        if (data13.length < 1) {
          const err38 = {
            instancePath: instancePath + '/tables',
            schemaPath: '#/properties/tables/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
            if (data14.schemaName === undefined) {
              const err39 = {
                instancePath: instancePath + '/tables/' + i2,
                schemaPath: '#/properties/tables/items/required',
                keyword: 'required',
                params: { missingProperty: 'schemaName' },
                message: "must have required property '" + 'schemaName' + "'",
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data14.displayName === undefined) {
              const err40 = {
                instancePath: instancePath + '/tables/' + i2,
                schemaPath: '#/properties/tables/items/required',
                keyword: 'required',
                params: { missingProperty: 'displayName' },
                message: "must have required property '" + 'displayName' + "'",
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data14.columns === undefined) {
              const err41 = {
                instancePath: instancePath + '/tables/' + i2,
                schemaPath: '#/properties/tables/items/required',
                keyword: 'required',
                params: { missingProperty: 'columns' },
                message: "must have required property '" + 'columns' + "'",
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key3 in data14) {
              if (!func9.call(schema11.properties.tables.items.properties, key3)) {
                const err42 = {
                  instancePath: instancePath + '/tables/' + i2,
                  schemaPath: '#/properties/tables/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data14.schemaName !== undefined) {
              let data15 = data14.schemaName;
              if (typeof data15 === 'string') {
                if (func2(data15) > 50) {
                  const err43 = {
                    instancePath: instancePath + '/tables/' + i2 + '/schemaName',
                    schemaPath: '#/properties/tables/items/properties/schemaName/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 50 },
                    message: 'must NOT have more than 50 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                if (!pattern3.test(data15)) {
                  const err44 = {
                    instancePath: instancePath + '/tables/' + i2 + '/schemaName',
                    schemaPath: '#/properties/tables/items/properties/schemaName/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                    message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = {
                  instancePath: instancePath + '/tables/' + i2 + '/schemaName',
                  schemaPath: '#/properties/tables/items/properties/schemaName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data14.displayName !== undefined) {
              let data16 = data14.displayName;
              if (typeof data16 === 'string') {
                if (func2(data16) > 500) {
                  const err46 = {
                    instancePath: instancePath + '/tables/' + i2 + '/displayName',
                    schemaPath: '#/properties/tables/items/properties/displayName/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 500 },
                    message: 'must NOT have more than 500 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                if (func2(data16) < 1) {
                  const err47 = {
                    instancePath: instancePath + '/tables/' + i2 + '/displayName',
                    schemaPath: '#/properties/tables/items/properties/displayName/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = {
                  instancePath: instancePath + '/tables/' + i2 + '/displayName',
                  schemaPath: '#/properties/tables/items/properties/displayName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data14.system !== undefined) {
              if (typeof data14.system !== 'boolean') {
                const err49 = {
                  instancePath: instancePath + '/tables/' + i2 + '/system',
                  schemaPath: '#/properties/tables/items/properties/system/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data14.collectionName !== undefined) {
              let data18 = data14.collectionName;
              if (typeof data18 === 'string') {
                if (func2(data18) > 500) {
                  const err50 = {
                    instancePath: instancePath + '/tables/' + i2 + '/collectionName',
                    schemaPath: '#/properties/tables/items/properties/collectionName/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 500 },
                    message: 'must NOT have more than 500 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (func2(data18) < 1) {
                  const err51 = {
                    instancePath: instancePath + '/tables/' + i2 + '/collectionName',
                    schemaPath: '#/properties/tables/items/properties/collectionName/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = {
                  instancePath: instancePath + '/tables/' + i2 + '/collectionName',
                  schemaPath: '#/properties/tables/items/properties/collectionName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data14.entitySetName !== undefined) {
              let data19 = data14.entitySetName;
              if (typeof data19 === 'string') {
                if (func2(data19) > 50) {
                  const err53 = {
                    instancePath: instancePath + '/tables/' + i2 + '/entitySetName',
                    schemaPath: '#/properties/tables/items/properties/entitySetName/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 50 },
                    message: 'must NOT have more than 50 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (!pattern1.test(data19)) {
                  const err54 = {
                    instancePath: instancePath + '/tables/' + i2 + '/entitySetName',
                    schemaPath: '#/properties/tables/items/properties/entitySetName/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z][a-z0-9_]*$' },
                    message: 'must match pattern "' + '^[a-z][a-z0-9_]*$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = {
                  instancePath: instancePath + '/tables/' + i2 + '/entitySetName',
                  schemaPath: '#/properties/tables/items/properties/entitySetName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data14.description !== undefined) {
              let data20 = data14.description;
              if (typeof data20 === 'string') {
                if (func2(data20) > 2000) {
                  const err56 = {
                    instancePath: instancePath + '/tables/' + i2 + '/description',
                    schemaPath: '#/properties/tables/items/properties/description/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 2000 },
                    message: 'must NOT have more than 2000 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = {
                  instancePath: instancePath + '/tables/' + i2 + '/description',
                  schemaPath: '#/properties/tables/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data14.primaryName !== undefined) {
              let data21 = data14.primaryName;
              if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
                if (data21.schemaName === undefined) {
                  const err58 = {
                    instancePath: instancePath + '/tables/' + i2 + '/primaryName',
                    schemaPath: '#/properties/tables/items/properties/primaryName/required',
                    keyword: 'required',
                    params: { missingProperty: 'schemaName' },
                    message: "must have required property '" + 'schemaName' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (data21.displayName === undefined) {
                  const err59 = {
                    instancePath: instancePath + '/tables/' + i2 + '/primaryName',
                    schemaPath: '#/properties/tables/items/properties/primaryName/required',
                    keyword: 'required',
                    params: { missingProperty: 'displayName' },
                    message: "must have required property '" + 'displayName' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (data21.maxLength === undefined) {
                  const err60 = {
                    instancePath: instancePath + '/tables/' + i2 + '/primaryName',
                    schemaPath: '#/properties/tables/items/properties/primaryName/required',
                    keyword: 'required',
                    params: { missingProperty: 'maxLength' },
                    message: "must have required property '" + 'maxLength' + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                for (const key4 in data21) {
                  if (!(
                    key4 === 'schemaName' ||
                    key4 === 'displayName' ||
                    key4 === 'maxLength' ||
                    key4 === 'description'
                  )) {
                    const err61 = {
                      instancePath: instancePath + '/tables/' + i2 + '/primaryName',
                      schemaPath: '#/properties/tables/items/properties/primaryName/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key4 },
                      message: 'must NOT have additional properties',
                    };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data21.schemaName !== undefined) {
                  let data22 = data21.schemaName;
                  if (typeof data22 === 'string') {
                    if (func2(data22) > 50) {
                      const err62 = {
                        instancePath: instancePath + '/tables/' + i2 + '/primaryName/schemaName',
                        schemaPath: '#/properties/tables/items/properties/primaryName/properties/schemaName/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 50 },
                        message: 'must NOT have more than 50 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                    if (!pattern3.test(data22)) {
                      const err63 = {
                        instancePath: instancePath + '/tables/' + i2 + '/primaryName/schemaName',
                        schemaPath: '#/properties/tables/items/properties/primaryName/properties/schemaName/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                        message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  } else {
                    const err64 = {
                      instancePath: instancePath + '/tables/' + i2 + '/primaryName/schemaName',
                      schemaPath: '#/properties/tables/items/properties/primaryName/properties/schemaName/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data21.displayName !== undefined) {
                  let data23 = data21.displayName;
                  if (typeof data23 === 'string') {
                    if (func2(data23) > 500) {
                      const err65 = {
                        instancePath: instancePath + '/tables/' + i2 + '/primaryName/displayName',
                        schemaPath: '#/properties/tables/items/properties/primaryName/properties/displayName/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 500 },
                        message: 'must NOT have more than 500 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                    if (func2(data23) < 1) {
                      const err66 = {
                        instancePath: instancePath + '/tables/' + i2 + '/primaryName/displayName',
                        schemaPath: '#/properties/tables/items/properties/primaryName/properties/displayName/minLength',
                        keyword: 'minLength',
                        params: { limit: 1 },
                        message: 'must NOT have fewer than 1 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  } else {
                    const err67 = {
                      instancePath: instancePath + '/tables/' + i2 + '/primaryName/displayName',
                      schemaPath: '#/properties/tables/items/properties/primaryName/properties/displayName/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data21.maxLength !== undefined) {
                  let data24 = data21.maxLength;
                  if (!(typeof data24 == 'number' && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
                    const err68 = {
                      instancePath: instancePath + '/tables/' + i2 + '/primaryName/maxLength',
                      schemaPath: '#/properties/tables/items/properties/primaryName/properties/maxLength/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                  if (typeof data24 == 'number' && isFinite(data24)) {
                    if (data24 > 4000 || isNaN(data24)) {
                      const err69 = {
                        instancePath: instancePath + '/tables/' + i2 + '/primaryName/maxLength',
                        schemaPath: '#/properties/tables/items/properties/primaryName/properties/maxLength/maximum',
                        keyword: 'maximum',
                        params: { comparison: '<=', limit: 4000 },
                        message: 'must be <= 4000',
                      };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    if (data24 < 1 || isNaN(data24)) {
                      const err70 = {
                        instancePath: instancePath + '/tables/' + i2 + '/primaryName/maxLength',
                        schemaPath: '#/properties/tables/items/properties/primaryName/properties/maxLength/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1',
                      };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  }
                }
                if (data21.description !== undefined) {
                  let data25 = data21.description;
                  if (typeof data25 === 'string') {
                    if (func2(data25) > 2000) {
                      const err71 = {
                        instancePath: instancePath + '/tables/' + i2 + '/primaryName/description',
                        schemaPath: '#/properties/tables/items/properties/primaryName/properties/description/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 2000 },
                        message: 'must NOT have more than 2000 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  } else {
                    const err72 = {
                      instancePath: instancePath + '/tables/' + i2 + '/primaryName/description',
                      schemaPath: '#/properties/tables/items/properties/primaryName/properties/description/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
              } else {
                const err73 = {
                  instancePath: instancePath + '/tables/' + i2 + '/primaryName',
                  schemaPath: '#/properties/tables/items/properties/primaryName/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data14.columns !== undefined) {
              let data26 = data14.columns;
              if (Array.isArray(data26)) {
                const len3 = data26.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data27 = data26[i3];
                  if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                    if (data27.type === undefined) {
                      const err74 = {
                        instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                        schemaPath: '#/properties/tables/items/properties/columns/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'type' },
                        message: "must have required property '" + 'type' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                    const tag0 = data27.type;
                    if (typeof tag0 == 'string') {
                      if (tag0 === 'boolean') {
                        if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                          if (data27.type === undefined) {
                            const err75 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/0/required',
                              keyword: 'required',
                              params: { missingProperty: 'type' },
                              message: "must have required property '" + 'type' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err75];
                            } else {
                              vErrors.push(err75);
                            }
                            errors++;
                          }
                          if (data27.schemaName === undefined) {
                            const err76 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/0/required',
                              keyword: 'required',
                              params: { missingProperty: 'schemaName' },
                              message: "must have required property '" + 'schemaName' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err76];
                            } else {
                              vErrors.push(err76);
                            }
                            errors++;
                          }
                          if (data27.displayName === undefined) {
                            const err77 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/0/required',
                              keyword: 'required',
                              params: { missingProperty: 'displayName' },
                              message: "must have required property '" + 'displayName' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err77];
                            } else {
                              vErrors.push(err77);
                            }
                            errors++;
                          }
                          for (const key5 in data27) {
                            if (
                              !func9.call(
                                schema11.properties.tables.items.properties.columns.items.oneOf[0].properties,
                                key5,
                              )
                            ) {
                              const err78 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/0/additionalProperties',
                                keyword: 'additionalProperties',
                                params: { additionalProperty: key5 },
                                message: 'must NOT have additional properties',
                              };
                              if (vErrors === null) {
                                vErrors = [err78];
                              } else {
                                vErrors.push(err78);
                              }
                              errors++;
                            }
                          }
                          if (data27.type !== undefined) {
                            if ('boolean' !== data27.type) {
                              const err79 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/type',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/0/properties/type/const',
                                keyword: 'const',
                                params: { allowedValue: 'boolean' },
                                message: 'must be equal to constant',
                              };
                              if (vErrors === null) {
                                vErrors = [err79];
                              } else {
                                vErrors.push(err79);
                              }
                              errors++;
                            }
                          }
                          if (data27.schemaName !== undefined) {
                            let data29 = data27.schemaName;
                            if (typeof data29 === 'string') {
                              if (func2(data29) > 50) {
                                const err80 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/0/properties/schemaName/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 50 },
                                  message: 'must NOT have more than 50 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err80];
                                } else {
                                  vErrors.push(err80);
                                }
                                errors++;
                              }
                              if (!pattern3.test(data29)) {
                                const err81 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/0/properties/schemaName/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                                  message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err81];
                                } else {
                                  vErrors.push(err81);
                                }
                                errors++;
                              }
                            } else {
                              const err82 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/0/properties/schemaName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err82];
                              } else {
                                vErrors.push(err82);
                              }
                              errors++;
                            }
                          }
                          if (data27.displayName !== undefined) {
                            let data30 = data27.displayName;
                            if (typeof data30 === 'string') {
                              if (func2(data30) > 500) {
                                const err83 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/0/properties/displayName/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 500 },
                                  message: 'must NOT have more than 500 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err83];
                                } else {
                                  vErrors.push(err83);
                                }
                                errors++;
                              }
                              if (func2(data30) < 1) {
                                const err84 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/0/properties/displayName/minLength',
                                  keyword: 'minLength',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err84];
                                } else {
                                  vErrors.push(err84);
                                }
                                errors++;
                              }
                            } else {
                              const err85 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/0/properties/displayName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err85];
                              } else {
                                vErrors.push(err85);
                              }
                              errors++;
                            }
                          }
                          if (data27.description !== undefined) {
                            let data31 = data27.description;
                            if (typeof data31 === 'string') {
                              if (func2(data31) > 2000) {
                                const err86 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/description',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/0/properties/description/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 2000 },
                                  message: 'must NOT have more than 2000 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err86];
                                } else {
                                  vErrors.push(err86);
                                }
                                errors++;
                              }
                            } else {
                              const err87 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/description',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/0/properties/description/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err87];
                              } else {
                                vErrors.push(err87);
                              }
                              errors++;
                            }
                          }
                          if (data27.required !== undefined) {
                            let data32 = data27.required;
                            if (!(data32 === 'none' || data32 === 'recommended' || data32 === 'required')) {
                              const err88 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/required',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/0/properties/required/enum',
                                keyword: 'enum',
                                params: {
                                  allowedValues:
                                    schema11.properties.tables.items.properties.columns.items.oneOf[0].properties
                                      .required.enum,
                                },
                                message: 'must be equal to one of the allowed values',
                              };
                              if (vErrors === null) {
                                vErrors = [err88];
                              } else {
                                vErrors.push(err88);
                              }
                              errors++;
                            }
                          }
                          if (data27.audit !== undefined) {
                            if (typeof data27.audit !== 'boolean') {
                              const err89 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/audit',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/0/properties/audit/type',
                                keyword: 'type',
                                params: { type: 'boolean' },
                                message: 'must be boolean',
                              };
                              if (vErrors === null) {
                                vErrors = [err89];
                              } else {
                                vErrors.push(err89);
                              }
                              errors++;
                            }
                          }
                          if (data27.default !== undefined) {
                            if (typeof data27.default !== 'boolean') {
                              const err90 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/default',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/0/properties/default/type',
                                keyword: 'type',
                                params: { type: 'boolean' },
                                message: 'must be boolean',
                              };
                              if (vErrors === null) {
                                vErrors = [err90];
                              } else {
                                vErrors.push(err90);
                              }
                              errors++;
                            }
                          }
                          if (data27.trueLabel !== undefined) {
                            let data35 = data27.trueLabel;
                            if (typeof data35 === 'string') {
                              if (func2(data35) > 500) {
                                const err91 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/trueLabel',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/0/properties/trueLabel/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 500 },
                                  message: 'must NOT have more than 500 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err91];
                                } else {
                                  vErrors.push(err91);
                                }
                                errors++;
                              }
                              if (func2(data35) < 1) {
                                const err92 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/trueLabel',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/0/properties/trueLabel/minLength',
                                  keyword: 'minLength',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err92];
                                } else {
                                  vErrors.push(err92);
                                }
                                errors++;
                              }
                            } else {
                              const err93 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/trueLabel',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/0/properties/trueLabel/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err93];
                              } else {
                                vErrors.push(err93);
                              }
                              errors++;
                            }
                          }
                          if (data27.falseLabel !== undefined) {
                            let data36 = data27.falseLabel;
                            if (typeof data36 === 'string') {
                              if (func2(data36) > 500) {
                                const err94 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/falseLabel',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/0/properties/falseLabel/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 500 },
                                  message: 'must NOT have more than 500 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err94];
                                } else {
                                  vErrors.push(err94);
                                }
                                errors++;
                              }
                              if (func2(data36) < 1) {
                                const err95 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/falseLabel',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/0/properties/falseLabel/minLength',
                                  keyword: 'minLength',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err95];
                                } else {
                                  vErrors.push(err95);
                                }
                                errors++;
                              }
                            } else {
                              const err96 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/falseLabel',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/0/properties/falseLabel/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err96];
                              } else {
                                vErrors.push(err96);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err97 = {
                            instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                            schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/0/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          };
                          if (vErrors === null) {
                            vErrors = [err97];
                          } else {
                            vErrors.push(err97);
                          }
                          errors++;
                        }
                      } else if (tag0 === 'text') {
                        if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                          if (data27.type === undefined) {
                            const err98 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/1/required',
                              keyword: 'required',
                              params: { missingProperty: 'type' },
                              message: "must have required property '" + 'type' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err98];
                            } else {
                              vErrors.push(err98);
                            }
                            errors++;
                          }
                          if (data27.schemaName === undefined) {
                            const err99 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/1/required',
                              keyword: 'required',
                              params: { missingProperty: 'schemaName' },
                              message: "must have required property '" + 'schemaName' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err99];
                            } else {
                              vErrors.push(err99);
                            }
                            errors++;
                          }
                          if (data27.displayName === undefined) {
                            const err100 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/1/required',
                              keyword: 'required',
                              params: { missingProperty: 'displayName' },
                              message: "must have required property '" + 'displayName' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err100];
                            } else {
                              vErrors.push(err100);
                            }
                            errors++;
                          }
                          if (data27.maxLength === undefined) {
                            const err101 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/1/required',
                              keyword: 'required',
                              params: { missingProperty: 'maxLength' },
                              message: "must have required property '" + 'maxLength' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err101];
                            } else {
                              vErrors.push(err101);
                            }
                            errors++;
                          }
                          for (const key6 in data27) {
                            if (!(
                              key6 === 'type' ||
                              key6 === 'schemaName' ||
                              key6 === 'displayName' ||
                              key6 === 'description' ||
                              key6 === 'required' ||
                              key6 === 'audit' ||
                              key6 === 'maxLength' ||
                              key6 === 'format'
                            )) {
                              const err102 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/1/additionalProperties',
                                keyword: 'additionalProperties',
                                params: { additionalProperty: key6 },
                                message: 'must NOT have additional properties',
                              };
                              if (vErrors === null) {
                                vErrors = [err102];
                              } else {
                                vErrors.push(err102);
                              }
                              errors++;
                            }
                          }
                          if (data27.type !== undefined) {
                            if ('text' !== data27.type) {
                              const err103 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/type',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/1/properties/type/const',
                                keyword: 'const',
                                params: { allowedValue: 'text' },
                                message: 'must be equal to constant',
                              };
                              if (vErrors === null) {
                                vErrors = [err103];
                              } else {
                                vErrors.push(err103);
                              }
                              errors++;
                            }
                          }
                          if (data27.schemaName !== undefined) {
                            let data38 = data27.schemaName;
                            if (typeof data38 === 'string') {
                              if (func2(data38) > 50) {
                                const err104 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/1/properties/schemaName/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 50 },
                                  message: 'must NOT have more than 50 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err104];
                                } else {
                                  vErrors.push(err104);
                                }
                                errors++;
                              }
                              if (!pattern3.test(data38)) {
                                const err105 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/1/properties/schemaName/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                                  message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err105];
                                } else {
                                  vErrors.push(err105);
                                }
                                errors++;
                              }
                            } else {
                              const err106 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/1/properties/schemaName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err106];
                              } else {
                                vErrors.push(err106);
                              }
                              errors++;
                            }
                          }
                          if (data27.displayName !== undefined) {
                            let data39 = data27.displayName;
                            if (typeof data39 === 'string') {
                              if (func2(data39) > 500) {
                                const err107 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/1/properties/displayName/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 500 },
                                  message: 'must NOT have more than 500 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err107];
                                } else {
                                  vErrors.push(err107);
                                }
                                errors++;
                              }
                              if (func2(data39) < 1) {
                                const err108 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/1/properties/displayName/minLength',
                                  keyword: 'minLength',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err108];
                                } else {
                                  vErrors.push(err108);
                                }
                                errors++;
                              }
                            } else {
                              const err109 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/1/properties/displayName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err109];
                              } else {
                                vErrors.push(err109);
                              }
                              errors++;
                            }
                          }
                          if (data27.description !== undefined) {
                            let data40 = data27.description;
                            if (typeof data40 === 'string') {
                              if (func2(data40) > 2000) {
                                const err110 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/description',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/1/properties/description/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 2000 },
                                  message: 'must NOT have more than 2000 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err110];
                                } else {
                                  vErrors.push(err110);
                                }
                                errors++;
                              }
                            } else {
                              const err111 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/description',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/1/properties/description/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err111];
                              } else {
                                vErrors.push(err111);
                              }
                              errors++;
                            }
                          }
                          if (data27.required !== undefined) {
                            let data41 = data27.required;
                            if (!(data41 === 'none' || data41 === 'recommended' || data41 === 'required')) {
                              const err112 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/required',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/1/properties/required/enum',
                                keyword: 'enum',
                                params: {
                                  allowedValues:
                                    schema11.properties.tables.items.properties.columns.items.oneOf[1].properties
                                      .required.enum,
                                },
                                message: 'must be equal to one of the allowed values',
                              };
                              if (vErrors === null) {
                                vErrors = [err112];
                              } else {
                                vErrors.push(err112);
                              }
                              errors++;
                            }
                          }
                          if (data27.audit !== undefined) {
                            if (typeof data27.audit !== 'boolean') {
                              const err113 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/audit',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/1/properties/audit/type',
                                keyword: 'type',
                                params: { type: 'boolean' },
                                message: 'must be boolean',
                              };
                              if (vErrors === null) {
                                vErrors = [err113];
                              } else {
                                vErrors.push(err113);
                              }
                              errors++;
                            }
                          }
                          if (data27.maxLength !== undefined) {
                            let data43 = data27.maxLength;
                            if (!(typeof data43 == 'number' && !(data43 % 1) && !isNaN(data43) && isFinite(data43))) {
                              const err114 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/maxLength',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/1/properties/maxLength/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                              };
                              if (vErrors === null) {
                                vErrors = [err114];
                              } else {
                                vErrors.push(err114);
                              }
                              errors++;
                            }
                            if (typeof data43 == 'number' && isFinite(data43)) {
                              if (data43 > 4000 || isNaN(data43)) {
                                const err115 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/maxLength',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/1/properties/maxLength/maximum',
                                  keyword: 'maximum',
                                  params: { comparison: '<=', limit: 4000 },
                                  message: 'must be <= 4000',
                                };
                                if (vErrors === null) {
                                  vErrors = [err115];
                                } else {
                                  vErrors.push(err115);
                                }
                                errors++;
                              }
                              if (data43 < 1 || isNaN(data43)) {
                                const err116 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/maxLength',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/1/properties/maxLength/minimum',
                                  keyword: 'minimum',
                                  params: { comparison: '>=', limit: 1 },
                                  message: 'must be >= 1',
                                };
                                if (vErrors === null) {
                                  vErrors = [err116];
                                } else {
                                  vErrors.push(err116);
                                }
                                errors++;
                              }
                            }
                          }
                          if (data27.format !== undefined) {
                            let data44 = data27.format;
                            if (!(
                              data44 === 'text' ||
                              data44 === 'url' ||
                              data44 === 'email' ||
                              data44 === 'phone' ||
                              data44 === 'textarea'
                            )) {
                              const err117 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/format',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/1/properties/format/enum',
                                keyword: 'enum',
                                params: {
                                  allowedValues:
                                    schema11.properties.tables.items.properties.columns.items.oneOf[1].properties.format
                                      .enum,
                                },
                                message: 'must be equal to one of the allowed values',
                              };
                              if (vErrors === null) {
                                vErrors = [err117];
                              } else {
                                vErrors.push(err117);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err118 = {
                            instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                            schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/1/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          };
                          if (vErrors === null) {
                            vErrors = [err118];
                          } else {
                            vErrors.push(err118);
                          }
                          errors++;
                        }
                      } else if (tag0 === 'memo') {
                        if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                          if (data27.type === undefined) {
                            const err119 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/2/required',
                              keyword: 'required',
                              params: { missingProperty: 'type' },
                              message: "must have required property '" + 'type' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err119];
                            } else {
                              vErrors.push(err119);
                            }
                            errors++;
                          }
                          if (data27.schemaName === undefined) {
                            const err120 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/2/required',
                              keyword: 'required',
                              params: { missingProperty: 'schemaName' },
                              message: "must have required property '" + 'schemaName' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err120];
                            } else {
                              vErrors.push(err120);
                            }
                            errors++;
                          }
                          if (data27.displayName === undefined) {
                            const err121 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/2/required',
                              keyword: 'required',
                              params: { missingProperty: 'displayName' },
                              message: "must have required property '" + 'displayName' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err121];
                            } else {
                              vErrors.push(err121);
                            }
                            errors++;
                          }
                          if (data27.maxLength === undefined) {
                            const err122 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/2/required',
                              keyword: 'required',
                              params: { missingProperty: 'maxLength' },
                              message: "must have required property '" + 'maxLength' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err122];
                            } else {
                              vErrors.push(err122);
                            }
                            errors++;
                          }
                          for (const key7 in data27) {
                            if (!(
                              key7 === 'type' ||
                              key7 === 'schemaName' ||
                              key7 === 'displayName' ||
                              key7 === 'description' ||
                              key7 === 'required' ||
                              key7 === 'audit' ||
                              key7 === 'maxLength'
                            )) {
                              const err123 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/2/additionalProperties',
                                keyword: 'additionalProperties',
                                params: { additionalProperty: key7 },
                                message: 'must NOT have additional properties',
                              };
                              if (vErrors === null) {
                                vErrors = [err123];
                              } else {
                                vErrors.push(err123);
                              }
                              errors++;
                            }
                          }
                          if (data27.type !== undefined) {
                            if ('memo' !== data27.type) {
                              const err124 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/type',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/2/properties/type/const',
                                keyword: 'const',
                                params: { allowedValue: 'memo' },
                                message: 'must be equal to constant',
                              };
                              if (vErrors === null) {
                                vErrors = [err124];
                              } else {
                                vErrors.push(err124);
                              }
                              errors++;
                            }
                          }
                          if (data27.schemaName !== undefined) {
                            let data46 = data27.schemaName;
                            if (typeof data46 === 'string') {
                              if (func2(data46) > 50) {
                                const err125 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/2/properties/schemaName/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 50 },
                                  message: 'must NOT have more than 50 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err125];
                                } else {
                                  vErrors.push(err125);
                                }
                                errors++;
                              }
                              if (!pattern3.test(data46)) {
                                const err126 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/2/properties/schemaName/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                                  message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err126];
                                } else {
                                  vErrors.push(err126);
                                }
                                errors++;
                              }
                            } else {
                              const err127 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/2/properties/schemaName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err127];
                              } else {
                                vErrors.push(err127);
                              }
                              errors++;
                            }
                          }
                          if (data27.displayName !== undefined) {
                            let data47 = data27.displayName;
                            if (typeof data47 === 'string') {
                              if (func2(data47) > 500) {
                                const err128 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/2/properties/displayName/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 500 },
                                  message: 'must NOT have more than 500 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err128];
                                } else {
                                  vErrors.push(err128);
                                }
                                errors++;
                              }
                              if (func2(data47) < 1) {
                                const err129 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/2/properties/displayName/minLength',
                                  keyword: 'minLength',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err129];
                                } else {
                                  vErrors.push(err129);
                                }
                                errors++;
                              }
                            } else {
                              const err130 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/2/properties/displayName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err130];
                              } else {
                                vErrors.push(err130);
                              }
                              errors++;
                            }
                          }
                          if (data27.description !== undefined) {
                            let data48 = data27.description;
                            if (typeof data48 === 'string') {
                              if (func2(data48) > 2000) {
                                const err131 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/description',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/2/properties/description/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 2000 },
                                  message: 'must NOT have more than 2000 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err131];
                                } else {
                                  vErrors.push(err131);
                                }
                                errors++;
                              }
                            } else {
                              const err132 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/description',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/2/properties/description/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err132];
                              } else {
                                vErrors.push(err132);
                              }
                              errors++;
                            }
                          }
                          if (data27.required !== undefined) {
                            let data49 = data27.required;
                            if (!(data49 === 'none' || data49 === 'recommended' || data49 === 'required')) {
                              const err133 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/required',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/2/properties/required/enum',
                                keyword: 'enum',
                                params: {
                                  allowedValues:
                                    schema11.properties.tables.items.properties.columns.items.oneOf[2].properties
                                      .required.enum,
                                },
                                message: 'must be equal to one of the allowed values',
                              };
                              if (vErrors === null) {
                                vErrors = [err133];
                              } else {
                                vErrors.push(err133);
                              }
                              errors++;
                            }
                          }
                          if (data27.audit !== undefined) {
                            if (typeof data27.audit !== 'boolean') {
                              const err134 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/audit',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/2/properties/audit/type',
                                keyword: 'type',
                                params: { type: 'boolean' },
                                message: 'must be boolean',
                              };
                              if (vErrors === null) {
                                vErrors = [err134];
                              } else {
                                vErrors.push(err134);
                              }
                              errors++;
                            }
                          }
                          if (data27.maxLength !== undefined) {
                            let data51 = data27.maxLength;
                            if (!(typeof data51 == 'number' && !(data51 % 1) && !isNaN(data51) && isFinite(data51))) {
                              const err135 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/maxLength',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/2/properties/maxLength/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                              };
                              if (vErrors === null) {
                                vErrors = [err135];
                              } else {
                                vErrors.push(err135);
                              }
                              errors++;
                            }
                            if (typeof data51 == 'number' && isFinite(data51)) {
                              if (data51 > 1048576 || isNaN(data51)) {
                                const err136 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/maxLength',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/2/properties/maxLength/maximum',
                                  keyword: 'maximum',
                                  params: { comparison: '<=', limit: 1048576 },
                                  message: 'must be <= 1048576',
                                };
                                if (vErrors === null) {
                                  vErrors = [err136];
                                } else {
                                  vErrors.push(err136);
                                }
                                errors++;
                              }
                              if (data51 < 1 || isNaN(data51)) {
                                const err137 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/maxLength',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/2/properties/maxLength/minimum',
                                  keyword: 'minimum',
                                  params: { comparison: '>=', limit: 1 },
                                  message: 'must be >= 1',
                                };
                                if (vErrors === null) {
                                  vErrors = [err137];
                                } else {
                                  vErrors.push(err137);
                                }
                                errors++;
                              }
                            }
                          }
                        } else {
                          const err138 = {
                            instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                            schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/2/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          };
                          if (vErrors === null) {
                            vErrors = [err138];
                          } else {
                            vErrors.push(err138);
                          }
                          errors++;
                        }
                      } else if (tag0 === 'choice') {
                        if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                          if (data27.type === undefined) {
                            const err139 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/3/required',
                              keyword: 'required',
                              params: { missingProperty: 'type' },
                              message: "must have required property '" + 'type' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err139];
                            } else {
                              vErrors.push(err139);
                            }
                            errors++;
                          }
                          if (data27.schemaName === undefined) {
                            const err140 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/3/required',
                              keyword: 'required',
                              params: { missingProperty: 'schemaName' },
                              message: "must have required property '" + 'schemaName' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err140];
                            } else {
                              vErrors.push(err140);
                            }
                            errors++;
                          }
                          if (data27.displayName === undefined) {
                            const err141 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/3/required',
                              keyword: 'required',
                              params: { missingProperty: 'displayName' },
                              message: "must have required property '" + 'displayName' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err141];
                            } else {
                              vErrors.push(err141);
                            }
                            errors++;
                          }
                          for (const key8 in data27) {
                            if (
                              !func9.call(
                                schema11.properties.tables.items.properties.columns.items.oneOf[3].properties,
                                key8,
                              )
                            ) {
                              const err142 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/3/additionalProperties',
                                keyword: 'additionalProperties',
                                params: { additionalProperty: key8 },
                                message: 'must NOT have additional properties',
                              };
                              if (vErrors === null) {
                                vErrors = [err142];
                              } else {
                                vErrors.push(err142);
                              }
                              errors++;
                            }
                          }
                          if (data27.type !== undefined) {
                            if ('choice' !== data27.type) {
                              const err143 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/type',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/3/properties/type/const',
                                keyword: 'const',
                                params: { allowedValue: 'choice' },
                                message: 'must be equal to constant',
                              };
                              if (vErrors === null) {
                                vErrors = [err143];
                              } else {
                                vErrors.push(err143);
                              }
                              errors++;
                            }
                          }
                          if (data27.schemaName !== undefined) {
                            let data53 = data27.schemaName;
                            if (typeof data53 === 'string') {
                              if (func2(data53) > 50) {
                                const err144 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/3/properties/schemaName/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 50 },
                                  message: 'must NOT have more than 50 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err144];
                                } else {
                                  vErrors.push(err144);
                                }
                                errors++;
                              }
                              if (!pattern3.test(data53)) {
                                const err145 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/3/properties/schemaName/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                                  message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err145];
                                } else {
                                  vErrors.push(err145);
                                }
                                errors++;
                              }
                            } else {
                              const err146 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/3/properties/schemaName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err146];
                              } else {
                                vErrors.push(err146);
                              }
                              errors++;
                            }
                          }
                          if (data27.displayName !== undefined) {
                            let data54 = data27.displayName;
                            if (typeof data54 === 'string') {
                              if (func2(data54) > 500) {
                                const err147 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/3/properties/displayName/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 500 },
                                  message: 'must NOT have more than 500 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err147];
                                } else {
                                  vErrors.push(err147);
                                }
                                errors++;
                              }
                              if (func2(data54) < 1) {
                                const err148 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/3/properties/displayName/minLength',
                                  keyword: 'minLength',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err148];
                                } else {
                                  vErrors.push(err148);
                                }
                                errors++;
                              }
                            } else {
                              const err149 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/3/properties/displayName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err149];
                              } else {
                                vErrors.push(err149);
                              }
                              errors++;
                            }
                          }
                          if (data27.description !== undefined) {
                            let data55 = data27.description;
                            if (typeof data55 === 'string') {
                              if (func2(data55) > 2000) {
                                const err150 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/description',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/3/properties/description/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 2000 },
                                  message: 'must NOT have more than 2000 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err150];
                                } else {
                                  vErrors.push(err150);
                                }
                                errors++;
                              }
                            } else {
                              const err151 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/description',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/3/properties/description/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err151];
                              } else {
                                vErrors.push(err151);
                              }
                              errors++;
                            }
                          }
                          if (data27.required !== undefined) {
                            let data56 = data27.required;
                            if (!(data56 === 'none' || data56 === 'recommended' || data56 === 'required')) {
                              const err152 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/required',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/3/properties/required/enum',
                                keyword: 'enum',
                                params: {
                                  allowedValues:
                                    schema11.properties.tables.items.properties.columns.items.oneOf[3].properties
                                      .required.enum,
                                },
                                message: 'must be equal to one of the allowed values',
                              };
                              if (vErrors === null) {
                                vErrors = [err152];
                              } else {
                                vErrors.push(err152);
                              }
                              errors++;
                            }
                          }
                          if (data27.audit !== undefined) {
                            if (typeof data27.audit !== 'boolean') {
                              const err153 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/audit',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/3/properties/audit/type',
                                keyword: 'type',
                                params: { type: 'boolean' },
                                message: 'must be boolean',
                              };
                              if (vErrors === null) {
                                vErrors = [err153];
                              } else {
                                vErrors.push(err153);
                              }
                              errors++;
                            }
                          }
                          if (data27.options !== undefined) {
                            let data58 = data27.options;
                            if (Array.isArray(data58)) {
                              if (data58.length < 1) {
                                const err154 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/options',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/minItems',
                                  keyword: 'minItems',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 items',
                                };
                                if (vErrors === null) {
                                  vErrors = [err154];
                                } else {
                                  vErrors.push(err154);
                                }
                                errors++;
                              }
                              const len4 = data58.length;
                              for (let i4 = 0; i4 < len4; i4++) {
                                let data59 = data58[i4];
                                if (data59 && typeof data59 == 'object' && !Array.isArray(data59)) {
                                  if (data59.code === undefined) {
                                    const err155 = {
                                      instancePath:
                                        instancePath + '/tables/' + i2 + '/columns/' + i3 + '/options/' + i4,
                                      schemaPath:
                                        '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/required',
                                      keyword: 'required',
                                      params: { missingProperty: 'code' },
                                      message: "must have required property '" + 'code' + "'",
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err155];
                                    } else {
                                      vErrors.push(err155);
                                    }
                                    errors++;
                                  }
                                  if (data59.index === undefined) {
                                    const err156 = {
                                      instancePath:
                                        instancePath + '/tables/' + i2 + '/columns/' + i3 + '/options/' + i4,
                                      schemaPath:
                                        '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/required',
                                      keyword: 'required',
                                      params: { missingProperty: 'index' },
                                      message: "must have required property '" + 'index' + "'",
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err156];
                                    } else {
                                      vErrors.push(err156);
                                    }
                                    errors++;
                                  }
                                  if (data59.label === undefined) {
                                    const err157 = {
                                      instancePath:
                                        instancePath + '/tables/' + i2 + '/columns/' + i3 + '/options/' + i4,
                                      schemaPath:
                                        '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/required',
                                      keyword: 'required',
                                      params: { missingProperty: 'label' },
                                      message: "must have required property '" + 'label' + "'",
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err157];
                                    } else {
                                      vErrors.push(err157);
                                    }
                                    errors++;
                                  }
                                  for (const key9 in data59) {
                                    if (!(
                                      key9 === 'code' ||
                                      key9 === 'index' ||
                                      key9 === 'label' ||
                                      key9 === 'description'
                                    )) {
                                      const err158 = {
                                        instancePath:
                                          instancePath + '/tables/' + i2 + '/columns/' + i3 + '/options/' + i4,
                                        schemaPath:
                                          '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/additionalProperties',
                                        keyword: 'additionalProperties',
                                        params: { additionalProperty: key9 },
                                        message: 'must NOT have additional properties',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err158];
                                      } else {
                                        vErrors.push(err158);
                                      }
                                      errors++;
                                    }
                                  }
                                  if (data59.code !== undefined) {
                                    let data60 = data59.code;
                                    if (typeof data60 === 'string') {
                                      if (!pattern2.test(data60)) {
                                        const err159 = {
                                          instancePath:
                                            instancePath +
                                            '/tables/' +
                                            i2 +
                                            '/columns/' +
                                            i3 +
                                            '/options/' +
                                            i4 +
                                            '/code',
                                          schemaPath:
                                            '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/properties/code/pattern',
                                          keyword: 'pattern',
                                          params: { pattern: '^[A-Za-z][A-Za-z0-9]*$' },
                                          message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9]*$' + '"',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err159];
                                        } else {
                                          vErrors.push(err159);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err160 = {
                                        instancePath:
                                          instancePath +
                                          '/tables/' +
                                          i2 +
                                          '/columns/' +
                                          i3 +
                                          '/options/' +
                                          i4 +
                                          '/code',
                                        schemaPath:
                                          '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/properties/code/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err160];
                                      } else {
                                        vErrors.push(err160);
                                      }
                                      errors++;
                                    }
                                  }
                                  if (data59.index !== undefined) {
                                    let data61 = data59.index;
                                    if (!(
                                      typeof data61 == 'number' &&
                                      !(data61 % 1) &&
                                      !isNaN(data61) &&
                                      isFinite(data61)
                                    )) {
                                      const err161 = {
                                        instancePath:
                                          instancePath +
                                          '/tables/' +
                                          i2 +
                                          '/columns/' +
                                          i3 +
                                          '/options/' +
                                          i4 +
                                          '/index',
                                        schemaPath:
                                          '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/properties/index/type',
                                        keyword: 'type',
                                        params: { type: 'integer' },
                                        message: 'must be integer',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err161];
                                      } else {
                                        vErrors.push(err161);
                                      }
                                      errors++;
                                    }
                                    if (typeof data61 == 'number' && isFinite(data61)) {
                                      if (data61 > 9999 || isNaN(data61)) {
                                        const err162 = {
                                          instancePath:
                                            instancePath +
                                            '/tables/' +
                                            i2 +
                                            '/columns/' +
                                            i3 +
                                            '/options/' +
                                            i4 +
                                            '/index',
                                          schemaPath:
                                            '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/properties/index/maximum',
                                          keyword: 'maximum',
                                          params: { comparison: '<=', limit: 9999 },
                                          message: 'must be <= 9999',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err162];
                                        } else {
                                          vErrors.push(err162);
                                        }
                                        errors++;
                                      }
                                      if (data61 < 0 || isNaN(data61)) {
                                        const err163 = {
                                          instancePath:
                                            instancePath +
                                            '/tables/' +
                                            i2 +
                                            '/columns/' +
                                            i3 +
                                            '/options/' +
                                            i4 +
                                            '/index',
                                          schemaPath:
                                            '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/properties/index/minimum',
                                          keyword: 'minimum',
                                          params: { comparison: '>=', limit: 0 },
                                          message: 'must be >= 0',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err163];
                                        } else {
                                          vErrors.push(err163);
                                        }
                                        errors++;
                                      }
                                    }
                                  }
                                  if (data59.label !== undefined) {
                                    let data62 = data59.label;
                                    if (typeof data62 === 'string') {
                                      if (func2(data62) > 500) {
                                        const err164 = {
                                          instancePath:
                                            instancePath +
                                            '/tables/' +
                                            i2 +
                                            '/columns/' +
                                            i3 +
                                            '/options/' +
                                            i4 +
                                            '/label',
                                          schemaPath:
                                            '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/properties/label/maxLength',
                                          keyword: 'maxLength',
                                          params: { limit: 500 },
                                          message: 'must NOT have more than 500 characters',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err164];
                                        } else {
                                          vErrors.push(err164);
                                        }
                                        errors++;
                                      }
                                      if (func2(data62) < 1) {
                                        const err165 = {
                                          instancePath:
                                            instancePath +
                                            '/tables/' +
                                            i2 +
                                            '/columns/' +
                                            i3 +
                                            '/options/' +
                                            i4 +
                                            '/label',
                                          schemaPath:
                                            '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/properties/label/minLength',
                                          keyword: 'minLength',
                                          params: { limit: 1 },
                                          message: 'must NOT have fewer than 1 characters',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err165];
                                        } else {
                                          vErrors.push(err165);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err166 = {
                                        instancePath:
                                          instancePath +
                                          '/tables/' +
                                          i2 +
                                          '/columns/' +
                                          i3 +
                                          '/options/' +
                                          i4 +
                                          '/label',
                                        schemaPath:
                                          '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/properties/label/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err166];
                                      } else {
                                        vErrors.push(err166);
                                      }
                                      errors++;
                                    }
                                  }
                                  if (data59.description !== undefined) {
                                    let data63 = data59.description;
                                    if (typeof data63 === 'string') {
                                      if (func2(data63) > 2000) {
                                        const err167 = {
                                          instancePath:
                                            instancePath +
                                            '/tables/' +
                                            i2 +
                                            '/columns/' +
                                            i3 +
                                            '/options/' +
                                            i4 +
                                            '/description',
                                          schemaPath:
                                            '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/properties/description/maxLength',
                                          keyword: 'maxLength',
                                          params: { limit: 2000 },
                                          message: 'must NOT have more than 2000 characters',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err167];
                                        } else {
                                          vErrors.push(err167);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err168 = {
                                        instancePath:
                                          instancePath +
                                          '/tables/' +
                                          i2 +
                                          '/columns/' +
                                          i3 +
                                          '/options/' +
                                          i4 +
                                          '/description',
                                        schemaPath:
                                          '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/properties/description/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err168];
                                      } else {
                                        vErrors.push(err168);
                                      }
                                      errors++;
                                    }
                                  }
                                } else {
                                  const err169 = {
                                    instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/options/' + i4,
                                    schemaPath:
                                      '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/items/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err169];
                                  } else {
                                    vErrors.push(err169);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err170 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/options',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/3/properties/options/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array',
                              };
                              if (vErrors === null) {
                                vErrors = [err170];
                              } else {
                                vErrors.push(err170);
                              }
                              errors++;
                            }
                          }
                          if (data27.globalChoice !== undefined) {
                            let data64 = data27.globalChoice;
                            if (typeof data64 === 'string') {
                              if (func2(data64) > 50) {
                                const err171 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/globalChoice',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/3/properties/globalChoice/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 50 },
                                  message: 'must NOT have more than 50 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err171];
                                } else {
                                  vErrors.push(err171);
                                }
                                errors++;
                              }
                              if (!pattern1.test(data64)) {
                                const err172 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/globalChoice',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/3/properties/globalChoice/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[a-z][a-z0-9_]*$' },
                                  message: 'must match pattern "' + '^[a-z][a-z0-9_]*$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err172];
                                } else {
                                  vErrors.push(err172);
                                }
                                errors++;
                              }
                            } else {
                              const err173 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/globalChoice',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/3/properties/globalChoice/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err173];
                              } else {
                                vErrors.push(err173);
                              }
                              errors++;
                            }
                          }
                          if (data27.default !== undefined) {
                            if (typeof data27.default !== 'string') {
                              const err174 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/default',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/3/properties/default/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err174];
                              } else {
                                vErrors.push(err174);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err175 = {
                            instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                            schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/3/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          };
                          if (vErrors === null) {
                            vErrors = [err175];
                          } else {
                            vErrors.push(err175);
                          }
                          errors++;
                        }
                      } else if (tag0 === 'multichoice') {
                        if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                          if (data27.type === undefined) {
                            const err176 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/4/required',
                              keyword: 'required',
                              params: { missingProperty: 'type' },
                              message: "must have required property '" + 'type' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err176];
                            } else {
                              vErrors.push(err176);
                            }
                            errors++;
                          }
                          if (data27.schemaName === undefined) {
                            const err177 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/4/required',
                              keyword: 'required',
                              params: { missingProperty: 'schemaName' },
                              message: "must have required property '" + 'schemaName' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err177];
                            } else {
                              vErrors.push(err177);
                            }
                            errors++;
                          }
                          if (data27.displayName === undefined) {
                            const err178 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/4/required',
                              keyword: 'required',
                              params: { missingProperty: 'displayName' },
                              message: "must have required property '" + 'displayName' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err178];
                            } else {
                              vErrors.push(err178);
                            }
                            errors++;
                          }
                          if (data27.globalChoice === undefined) {
                            const err179 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/4/required',
                              keyword: 'required',
                              params: { missingProperty: 'globalChoice' },
                              message: "must have required property '" + 'globalChoice' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err179];
                            } else {
                              vErrors.push(err179);
                            }
                            errors++;
                          }
                          for (const key10 in data27) {
                            if (!(
                              key10 === 'type' ||
                              key10 === 'schemaName' ||
                              key10 === 'displayName' ||
                              key10 === 'description' ||
                              key10 === 'required' ||
                              key10 === 'audit' ||
                              key10 === 'globalChoice'
                            )) {
                              const err180 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/4/additionalProperties',
                                keyword: 'additionalProperties',
                                params: { additionalProperty: key10 },
                                message: 'must NOT have additional properties',
                              };
                              if (vErrors === null) {
                                vErrors = [err180];
                              } else {
                                vErrors.push(err180);
                              }
                              errors++;
                            }
                          }
                          if (data27.type !== undefined) {
                            if ('multichoice' !== data27.type) {
                              const err181 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/type',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/4/properties/type/const',
                                keyword: 'const',
                                params: { allowedValue: 'multichoice' },
                                message: 'must be equal to constant',
                              };
                              if (vErrors === null) {
                                vErrors = [err181];
                              } else {
                                vErrors.push(err181);
                              }
                              errors++;
                            }
                          }
                          if (data27.schemaName !== undefined) {
                            let data67 = data27.schemaName;
                            if (typeof data67 === 'string') {
                              if (func2(data67) > 50) {
                                const err182 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/4/properties/schemaName/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 50 },
                                  message: 'must NOT have more than 50 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err182];
                                } else {
                                  vErrors.push(err182);
                                }
                                errors++;
                              }
                              if (!pattern3.test(data67)) {
                                const err183 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/4/properties/schemaName/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                                  message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err183];
                                } else {
                                  vErrors.push(err183);
                                }
                                errors++;
                              }
                            } else {
                              const err184 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/4/properties/schemaName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err184];
                              } else {
                                vErrors.push(err184);
                              }
                              errors++;
                            }
                          }
                          if (data27.displayName !== undefined) {
                            let data68 = data27.displayName;
                            if (typeof data68 === 'string') {
                              if (func2(data68) > 500) {
                                const err185 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/4/properties/displayName/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 500 },
                                  message: 'must NOT have more than 500 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err185];
                                } else {
                                  vErrors.push(err185);
                                }
                                errors++;
                              }
                              if (func2(data68) < 1) {
                                const err186 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/4/properties/displayName/minLength',
                                  keyword: 'minLength',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err186];
                                } else {
                                  vErrors.push(err186);
                                }
                                errors++;
                              }
                            } else {
                              const err187 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/4/properties/displayName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err187];
                              } else {
                                vErrors.push(err187);
                              }
                              errors++;
                            }
                          }
                          if (data27.description !== undefined) {
                            let data69 = data27.description;
                            if (typeof data69 === 'string') {
                              if (func2(data69) > 2000) {
                                const err188 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/description',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/4/properties/description/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 2000 },
                                  message: 'must NOT have more than 2000 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err188];
                                } else {
                                  vErrors.push(err188);
                                }
                                errors++;
                              }
                            } else {
                              const err189 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/description',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/4/properties/description/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err189];
                              } else {
                                vErrors.push(err189);
                              }
                              errors++;
                            }
                          }
                          if (data27.required !== undefined) {
                            let data70 = data27.required;
                            if (!(data70 === 'none' || data70 === 'recommended' || data70 === 'required')) {
                              const err190 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/required',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/4/properties/required/enum',
                                keyword: 'enum',
                                params: {
                                  allowedValues:
                                    schema11.properties.tables.items.properties.columns.items.oneOf[4].properties
                                      .required.enum,
                                },
                                message: 'must be equal to one of the allowed values',
                              };
                              if (vErrors === null) {
                                vErrors = [err190];
                              } else {
                                vErrors.push(err190);
                              }
                              errors++;
                            }
                          }
                          if (data27.audit !== undefined) {
                            if (typeof data27.audit !== 'boolean') {
                              const err191 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/audit',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/4/properties/audit/type',
                                keyword: 'type',
                                params: { type: 'boolean' },
                                message: 'must be boolean',
                              };
                              if (vErrors === null) {
                                vErrors = [err191];
                              } else {
                                vErrors.push(err191);
                              }
                              errors++;
                            }
                          }
                          if (data27.globalChoice !== undefined) {
                            let data72 = data27.globalChoice;
                            if (typeof data72 === 'string') {
                              if (func2(data72) > 50) {
                                const err192 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/globalChoice',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/4/properties/globalChoice/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 50 },
                                  message: 'must NOT have more than 50 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err192];
                                } else {
                                  vErrors.push(err192);
                                }
                                errors++;
                              }
                              if (!pattern1.test(data72)) {
                                const err193 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/globalChoice',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/4/properties/globalChoice/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[a-z][a-z0-9_]*$' },
                                  message: 'must match pattern "' + '^[a-z][a-z0-9_]*$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err193];
                                } else {
                                  vErrors.push(err193);
                                }
                                errors++;
                              }
                            } else {
                              const err194 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/globalChoice',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/4/properties/globalChoice/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err194];
                              } else {
                                vErrors.push(err194);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err195 = {
                            instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                            schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/4/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          };
                          if (vErrors === null) {
                            vErrors = [err195];
                          } else {
                            vErrors.push(err195);
                          }
                          errors++;
                        }
                      } else if (tag0 === 'lookup') {
                        if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                          if (data27.type === undefined) {
                            const err196 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/5/required',
                              keyword: 'required',
                              params: { missingProperty: 'type' },
                              message: "must have required property '" + 'type' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err196];
                            } else {
                              vErrors.push(err196);
                            }
                            errors++;
                          }
                          if (data27.schemaName === undefined) {
                            const err197 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/5/required',
                              keyword: 'required',
                              params: { missingProperty: 'schemaName' },
                              message: "must have required property '" + 'schemaName' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err197];
                            } else {
                              vErrors.push(err197);
                            }
                            errors++;
                          }
                          if (data27.displayName === undefined) {
                            const err198 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/5/required',
                              keyword: 'required',
                              params: { missingProperty: 'displayName' },
                              message: "must have required property '" + 'displayName' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err198];
                            } else {
                              vErrors.push(err198);
                            }
                            errors++;
                          }
                          if (data27.target === undefined) {
                            const err199 = {
                              instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                              schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/5/required',
                              keyword: 'required',
                              params: { missingProperty: 'target' },
                              message: "must have required property '" + 'target' + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err199];
                            } else {
                              vErrors.push(err199);
                            }
                            errors++;
                          }
                          for (const key11 in data27) {
                            if (!(
                              key11 === 'type' ||
                              key11 === 'schemaName' ||
                              key11 === 'displayName' ||
                              key11 === 'description' ||
                              key11 === 'required' ||
                              key11 === 'audit' ||
                              key11 === 'target' ||
                              key11 === 'relationship'
                            )) {
                              const err200 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/5/additionalProperties',
                                keyword: 'additionalProperties',
                                params: { additionalProperty: key11 },
                                message: 'must NOT have additional properties',
                              };
                              if (vErrors === null) {
                                vErrors = [err200];
                              } else {
                                vErrors.push(err200);
                              }
                              errors++;
                            }
                          }
                          if (data27.type !== undefined) {
                            if ('lookup' !== data27.type) {
                              const err201 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/type',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/5/properties/type/const',
                                keyword: 'const',
                                params: { allowedValue: 'lookup' },
                                message: 'must be equal to constant',
                              };
                              if (vErrors === null) {
                                vErrors = [err201];
                              } else {
                                vErrors.push(err201);
                              }
                              errors++;
                            }
                          }
                          if (data27.schemaName !== undefined) {
                            let data74 = data27.schemaName;
                            if (typeof data74 === 'string') {
                              if (func2(data74) > 50) {
                                const err202 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/5/properties/schemaName/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 50 },
                                  message: 'must NOT have more than 50 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err202];
                                } else {
                                  vErrors.push(err202);
                                }
                                errors++;
                              }
                              if (!pattern3.test(data74)) {
                                const err203 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/5/properties/schemaName/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                                  message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err203];
                                } else {
                                  vErrors.push(err203);
                                }
                                errors++;
                              }
                            } else {
                              const err204 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/schemaName',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/5/properties/schemaName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err204];
                              } else {
                                vErrors.push(err204);
                              }
                              errors++;
                            }
                          }
                          if (data27.displayName !== undefined) {
                            let data75 = data27.displayName;
                            if (typeof data75 === 'string') {
                              if (func2(data75) > 500) {
                                const err205 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/5/properties/displayName/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 500 },
                                  message: 'must NOT have more than 500 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err205];
                                } else {
                                  vErrors.push(err205);
                                }
                                errors++;
                              }
                              if (func2(data75) < 1) {
                                const err206 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/5/properties/displayName/minLength',
                                  keyword: 'minLength',
                                  params: { limit: 1 },
                                  message: 'must NOT have fewer than 1 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err206];
                                } else {
                                  vErrors.push(err206);
                                }
                                errors++;
                              }
                            } else {
                              const err207 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/displayName',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/5/properties/displayName/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err207];
                              } else {
                                vErrors.push(err207);
                              }
                              errors++;
                            }
                          }
                          if (data27.description !== undefined) {
                            let data76 = data27.description;
                            if (typeof data76 === 'string') {
                              if (func2(data76) > 2000) {
                                const err208 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/description',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/5/properties/description/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 2000 },
                                  message: 'must NOT have more than 2000 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err208];
                                } else {
                                  vErrors.push(err208);
                                }
                                errors++;
                              }
                            } else {
                              const err209 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/description',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/5/properties/description/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err209];
                              } else {
                                vErrors.push(err209);
                              }
                              errors++;
                            }
                          }
                          if (data27.required !== undefined) {
                            let data77 = data27.required;
                            if (!(data77 === 'none' || data77 === 'recommended' || data77 === 'required')) {
                              const err210 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/required',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/5/properties/required/enum',
                                keyword: 'enum',
                                params: {
                                  allowedValues:
                                    schema11.properties.tables.items.properties.columns.items.oneOf[5].properties
                                      .required.enum,
                                },
                                message: 'must be equal to one of the allowed values',
                              };
                              if (vErrors === null) {
                                vErrors = [err210];
                              } else {
                                vErrors.push(err210);
                              }
                              errors++;
                            }
                          }
                          if (data27.audit !== undefined) {
                            if (typeof data27.audit !== 'boolean') {
                              const err211 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/audit',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/5/properties/audit/type',
                                keyword: 'type',
                                params: { type: 'boolean' },
                                message: 'must be boolean',
                              };
                              if (vErrors === null) {
                                vErrors = [err211];
                              } else {
                                vErrors.push(err211);
                              }
                              errors++;
                            }
                          }
                          if (data27.target !== undefined) {
                            let data79 = data27.target;
                            if (typeof data79 === 'string') {
                              if (func2(data79) > 50) {
                                const err212 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/target',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/5/properties/target/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 50 },
                                  message: 'must NOT have more than 50 characters',
                                };
                                if (vErrors === null) {
                                  vErrors = [err212];
                                } else {
                                  vErrors.push(err212);
                                }
                                errors++;
                              }
                              if (!pattern3.test(data79)) {
                                const err213 = {
                                  instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/target',
                                  schemaPath:
                                    '#/properties/tables/items/properties/columns/items/oneOf/5/properties/target/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                                  message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err213];
                                } else {
                                  vErrors.push(err213);
                                }
                                errors++;
                              }
                            } else {
                              const err214 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/target',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/5/properties/target/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err214];
                              } else {
                                vErrors.push(err214);
                              }
                              errors++;
                            }
                          }
                          if (data27.relationship !== undefined) {
                            let data80 = data27.relationship;
                            if (data80 && typeof data80 == 'object' && !Array.isArray(data80)) {
                              for (const key12 in data80) {
                                if (!(key12 === 'name' || key12 === 'cascadeDelete' || key12 === 'cascadeArchive')) {
                                  const err215 = {
                                    instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/relationship',
                                    schemaPath:
                                      '#/properties/tables/items/properties/columns/items/oneOf/5/properties/relationship/additionalProperties',
                                    keyword: 'additionalProperties',
                                    params: { additionalProperty: key12 },
                                    message: 'must NOT have additional properties',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err215];
                                  } else {
                                    vErrors.push(err215);
                                  }
                                  errors++;
                                }
                              }
                              if (data80.name !== undefined) {
                                let data81 = data80.name;
                                if (typeof data81 === 'string') {
                                  if (func2(data81) > 100) {
                                    const err216 = {
                                      instancePath:
                                        instancePath + '/tables/' + i2 + '/columns/' + i3 + '/relationship/name',
                                      schemaPath:
                                        '#/properties/tables/items/properties/columns/items/oneOf/5/properties/relationship/properties/name/maxLength',
                                      keyword: 'maxLength',
                                      params: { limit: 100 },
                                      message: 'must NOT have more than 100 characters',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err216];
                                    } else {
                                      vErrors.push(err216);
                                    }
                                    errors++;
                                  }
                                  if (!pattern3.test(data81)) {
                                    const err217 = {
                                      instancePath:
                                        instancePath + '/tables/' + i2 + '/columns/' + i3 + '/relationship/name',
                                      schemaPath:
                                        '#/properties/tables/items/properties/columns/items/oneOf/5/properties/relationship/properties/name/pattern',
                                      keyword: 'pattern',
                                      params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                                      message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err217];
                                    } else {
                                      vErrors.push(err217);
                                    }
                                    errors++;
                                  }
                                } else {
                                  const err218 = {
                                    instancePath:
                                      instancePath + '/tables/' + i2 + '/columns/' + i3 + '/relationship/name',
                                    schemaPath:
                                      '#/properties/tables/items/properties/columns/items/oneOf/5/properties/relationship/properties/name/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err218];
                                  } else {
                                    vErrors.push(err218);
                                  }
                                  errors++;
                                }
                              }
                              if (data80.cascadeDelete !== undefined) {
                                let data82 = data80.cascadeDelete;
                                if (!(
                                  data82 === 'NoCascade' ||
                                  data82 === 'Cascade' ||
                                  data82 === 'RemoveLink' ||
                                  data82 === 'Restrict'
                                )) {
                                  const err219 = {
                                    instancePath:
                                      instancePath + '/tables/' + i2 + '/columns/' + i3 + '/relationship/cascadeDelete',
                                    schemaPath:
                                      '#/properties/tables/items/properties/columns/items/oneOf/5/properties/relationship/properties/cascadeDelete/enum',
                                    keyword: 'enum',
                                    params: {
                                      allowedValues:
                                        schema11.properties.tables.items.properties.columns.items.oneOf[5].properties
                                          .relationship.properties.cascadeDelete.enum,
                                    },
                                    message: 'must be equal to one of the allowed values',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err219];
                                  } else {
                                    vErrors.push(err219);
                                  }
                                  errors++;
                                }
                              }
                              if (data80.cascadeArchive !== undefined) {
                                let data83 = data80.cascadeArchive;
                                if (!(
                                  data83 === 'NoCascade' ||
                                  data83 === 'Cascade' ||
                                  data83 === 'RemoveLink' ||
                                  data83 === 'Restrict'
                                )) {
                                  const err220 = {
                                    instancePath:
                                      instancePath +
                                      '/tables/' +
                                      i2 +
                                      '/columns/' +
                                      i3 +
                                      '/relationship/cascadeArchive',
                                    schemaPath:
                                      '#/properties/tables/items/properties/columns/items/oneOf/5/properties/relationship/properties/cascadeArchive/enum',
                                    keyword: 'enum',
                                    params: {
                                      allowedValues:
                                        schema11.properties.tables.items.properties.columns.items.oneOf[5].properties
                                          .relationship.properties.cascadeArchive.enum,
                                    },
                                    message: 'must be equal to one of the allowed values',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err220];
                                  } else {
                                    vErrors.push(err220);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err221 = {
                                instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3 + '/relationship',
                                schemaPath:
                                  '#/properties/tables/items/properties/columns/items/oneOf/5/properties/relationship/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                              };
                              if (vErrors === null) {
                                vErrors = [err221];
                              } else {
                                vErrors.push(err221);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err222 = {
                            instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                            schemaPath: '#/properties/tables/items/properties/columns/items/oneOf/5/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          };
                          if (vErrors === null) {
                            vErrors = [err222];
                          } else {
                            vErrors.push(err222);
                          }
                          errors++;
                        }
                      } else {
                        const err223 = {
                          instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                          schemaPath: '#/properties/tables/items/properties/columns/items/discriminator',
                          keyword: 'discriminator',
                          params: { error: 'mapping', tag: 'type', tagValue: tag0 },
                          message: 'value of tag "type" must be in oneOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err223];
                        } else {
                          vErrors.push(err223);
                        }
                        errors++;
                      }
                    } else {
                      const err224 = {
                        instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                        schemaPath: '#/properties/tables/items/properties/columns/items/discriminator',
                        keyword: 'discriminator',
                        params: { error: 'tag', tag: 'type', tagValue: tag0 },
                        message: 'tag "type" must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err224];
                      } else {
                        vErrors.push(err224);
                      }
                      errors++;
                    }
                  } else {
                    const err225 = {
                      instancePath: instancePath + '/tables/' + i2 + '/columns/' + i3,
                      schemaPath: '#/properties/tables/items/properties/columns/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err225];
                    } else {
                      vErrors.push(err225);
                    }
                    errors++;
                  }
                }
              } else {
                const err226 = {
                  instancePath: instancePath + '/tables/' + i2 + '/columns',
                  schemaPath: '#/properties/tables/items/properties/columns/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err226];
                } else {
                  vErrors.push(err226);
                }
                errors++;
              }
            }
            if (data14.viewColumns !== undefined) {
              let data84 = data14.viewColumns;
              if (Array.isArray(data84)) {
                const len5 = data84.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data85 = data84[i5];
                  if (typeof data85 === 'string') {
                    if (func2(data85) > 50) {
                      const err227 = {
                        instancePath: instancePath + '/tables/' + i2 + '/viewColumns/' + i5,
                        schemaPath: '#/properties/tables/items/properties/viewColumns/items/maxLength',
                        keyword: 'maxLength',
                        params: { limit: 50 },
                        message: 'must NOT have more than 50 characters',
                      };
                      if (vErrors === null) {
                        vErrors = [err227];
                      } else {
                        vErrors.push(err227);
                      }
                      errors++;
                    }
                    if (!pattern1.test(data85)) {
                      const err228 = {
                        instancePath: instancePath + '/tables/' + i2 + '/viewColumns/' + i5,
                        schemaPath: '#/properties/tables/items/properties/viewColumns/items/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^[a-z][a-z0-9_]*$' },
                        message: 'must match pattern "' + '^[a-z][a-z0-9_]*$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err228];
                      } else {
                        vErrors.push(err228);
                      }
                      errors++;
                    }
                  } else {
                    const err229 = {
                      instancePath: instancePath + '/tables/' + i2 + '/viewColumns/' + i5,
                      schemaPath: '#/properties/tables/items/properties/viewColumns/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err229];
                    } else {
                      vErrors.push(err229);
                    }
                    errors++;
                  }
                }
              } else {
                const err230 = {
                  instancePath: instancePath + '/tables/' + i2 + '/viewColumns',
                  schemaPath: '#/properties/tables/items/properties/viewColumns/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err230];
                } else {
                  vErrors.push(err230);
                }
                errors++;
              }
            }
          } else {
            const err231 = {
              instancePath: instancePath + '/tables/' + i2,
              schemaPath: '#/properties/tables/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err231];
            } else {
              vErrors.push(err231);
            }
            errors++;
          }
        }
      } else {
        const err232 = {
          instancePath: instancePath + '/tables',
          schemaPath: '#/properties/tables/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err232];
        } else {
          vErrors.push(err232);
        }
        errors++;
      }
    }
    if (data.forms !== undefined) {
      let data86 = data.forms;
      if (Array.isArray(data86)) {
        const len6 = data86.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data87 = data86[i6];
          if (data87 && typeof data87 == 'object' && !Array.isArray(data87)) {
            if (data87.table === undefined) {
              const err233 = {
                instancePath: instancePath + '/forms/' + i6,
                schemaPath: '#/properties/forms/items/required',
                keyword: 'required',
                params: { missingProperty: 'table' },
                message: "must have required property '" + 'table' + "'",
              };
              if (vErrors === null) {
                vErrors = [err233];
              } else {
                vErrors.push(err233);
              }
              errors++;
            }
            if (data87.name === undefined) {
              const err234 = {
                instancePath: instancePath + '/forms/' + i6,
                schemaPath: '#/properties/forms/items/required',
                keyword: 'required',
                params: { missingProperty: 'name' },
                message: "must have required property '" + 'name' + "'",
              };
              if (vErrors === null) {
                vErrors = [err234];
              } else {
                vErrors.push(err234);
              }
              errors++;
            }
            if (data87.tabs === undefined) {
              const err235 = {
                instancePath: instancePath + '/forms/' + i6,
                schemaPath: '#/properties/forms/items/required',
                keyword: 'required',
                params: { missingProperty: 'tabs' },
                message: "must have required property '" + 'tabs' + "'",
              };
              if (vErrors === null) {
                vErrors = [err235];
              } else {
                vErrors.push(err235);
              }
              errors++;
            }
            for (const key13 in data87) {
              if (!(key13 === 'table' || key13 === 'name' || key13 === 'description' || key13 === 'tabs')) {
                const err236 = {
                  instancePath: instancePath + '/forms/' + i6,
                  schemaPath: '#/properties/forms/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key13 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err236];
                } else {
                  vErrors.push(err236);
                }
                errors++;
              }
            }
            if (data87.table !== undefined) {
              let data88 = data87.table;
              if (typeof data88 === 'string') {
                if (func2(data88) > 50) {
                  const err237 = {
                    instancePath: instancePath + '/forms/' + i6 + '/table',
                    schemaPath: '#/properties/forms/items/properties/table/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 50 },
                    message: 'must NOT have more than 50 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err237];
                  } else {
                    vErrors.push(err237);
                  }
                  errors++;
                }
                if (!pattern3.test(data88)) {
                  const err238 = {
                    instancePath: instancePath + '/forms/' + i6 + '/table',
                    schemaPath: '#/properties/forms/items/properties/table/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                    message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err238];
                  } else {
                    vErrors.push(err238);
                  }
                  errors++;
                }
              } else {
                const err239 = {
                  instancePath: instancePath + '/forms/' + i6 + '/table',
                  schemaPath: '#/properties/forms/items/properties/table/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err239];
                } else {
                  vErrors.push(err239);
                }
                errors++;
              }
            }
            if (data87.name !== undefined) {
              let data89 = data87.name;
              if (typeof data89 === 'string') {
                if (func2(data89) > 500) {
                  const err240 = {
                    instancePath: instancePath + '/forms/' + i6 + '/name',
                    schemaPath: '#/properties/forms/items/properties/name/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 500 },
                    message: 'must NOT have more than 500 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err240];
                  } else {
                    vErrors.push(err240);
                  }
                  errors++;
                }
                if (func2(data89) < 1) {
                  const err241 = {
                    instancePath: instancePath + '/forms/' + i6 + '/name',
                    schemaPath: '#/properties/forms/items/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err241];
                  } else {
                    vErrors.push(err241);
                  }
                  errors++;
                }
              } else {
                const err242 = {
                  instancePath: instancePath + '/forms/' + i6 + '/name',
                  schemaPath: '#/properties/forms/items/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err242];
                } else {
                  vErrors.push(err242);
                }
                errors++;
              }
            }
            if (data87.description !== undefined) {
              let data90 = data87.description;
              if (typeof data90 === 'string') {
                if (func2(data90) > 2000) {
                  const err243 = {
                    instancePath: instancePath + '/forms/' + i6 + '/description',
                    schemaPath: '#/properties/forms/items/properties/description/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 2000 },
                    message: 'must NOT have more than 2000 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err243];
                  } else {
                    vErrors.push(err243);
                  }
                  errors++;
                }
              } else {
                const err244 = {
                  instancePath: instancePath + '/forms/' + i6 + '/description',
                  schemaPath: '#/properties/forms/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err244];
                } else {
                  vErrors.push(err244);
                }
                errors++;
              }
            }
            if (data87.tabs !== undefined) {
              let data91 = data87.tabs;
              if (Array.isArray(data91)) {
                if (data91.length < 1) {
                  const err245 = {
                    instancePath: instancePath + '/forms/' + i6 + '/tabs',
                    schemaPath: '#/properties/forms/items/properties/tabs/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err245];
                  } else {
                    vErrors.push(err245);
                  }
                  errors++;
                }
                const len7 = data91.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data92 = data91[i7];
                  if (data92 && typeof data92 == 'object' && !Array.isArray(data92)) {
                    if (data92.label === undefined) {
                      const err246 = {
                        instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7,
                        schemaPath: '#/properties/forms/items/properties/tabs/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'label' },
                        message: "must have required property '" + 'label' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err246];
                      } else {
                        vErrors.push(err246);
                      }
                      errors++;
                    }
                    if (data92.sections === undefined) {
                      const err247 = {
                        instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7,
                        schemaPath: '#/properties/forms/items/properties/tabs/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'sections' },
                        message: "must have required property '" + 'sections' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err247];
                      } else {
                        vErrors.push(err247);
                      }
                      errors++;
                    }
                    for (const key14 in data92) {
                      if (!(key14 === 'label' || key14 === 'sections')) {
                        const err248 = {
                          instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7,
                          schemaPath: '#/properties/forms/items/properties/tabs/items/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key14 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err248];
                        } else {
                          vErrors.push(err248);
                        }
                        errors++;
                      }
                    }
                    if (data92.label !== undefined) {
                      let data93 = data92.label;
                      if (typeof data93 === 'string') {
                        if (func2(data93) > 500) {
                          const err249 = {
                            instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/label',
                            schemaPath: '#/properties/forms/items/properties/tabs/items/properties/label/maxLength',
                            keyword: 'maxLength',
                            params: { limit: 500 },
                            message: 'must NOT have more than 500 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err249];
                          } else {
                            vErrors.push(err249);
                          }
                          errors++;
                        }
                        if (func2(data93) < 1) {
                          const err250 = {
                            instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/label',
                            schemaPath: '#/properties/forms/items/properties/tabs/items/properties/label/minLength',
                            keyword: 'minLength',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 characters',
                          };
                          if (vErrors === null) {
                            vErrors = [err250];
                          } else {
                            vErrors.push(err250);
                          }
                          errors++;
                        }
                      } else {
                        const err251 = {
                          instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/label',
                          schemaPath: '#/properties/forms/items/properties/tabs/items/properties/label/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err251];
                        } else {
                          vErrors.push(err251);
                        }
                        errors++;
                      }
                    }
                    if (data92.sections !== undefined) {
                      let data94 = data92.sections;
                      if (Array.isArray(data94)) {
                        if (data94.length < 1) {
                          const err252 = {
                            instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/sections',
                            schemaPath: '#/properties/forms/items/properties/tabs/items/properties/sections/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                          };
                          if (vErrors === null) {
                            vErrors = [err252];
                          } else {
                            vErrors.push(err252);
                          }
                          errors++;
                        }
                        const len8 = data94.length;
                        for (let i8 = 0; i8 < len8; i8++) {
                          let data95 = data94[i8];
                          if (data95 && typeof data95 == 'object' && !Array.isArray(data95)) {
                            if (data95.label === undefined) {
                              const err253 = {
                                instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/sections/' + i8,
                                schemaPath:
                                  '#/properties/forms/items/properties/tabs/items/properties/sections/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'label' },
                                message: "must have required property '" + 'label' + "'",
                              };
                              if (vErrors === null) {
                                vErrors = [err253];
                              } else {
                                vErrors.push(err253);
                              }
                              errors++;
                            }
                            if (data95.fields === undefined) {
                              const err254 = {
                                instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/sections/' + i8,
                                schemaPath:
                                  '#/properties/forms/items/properties/tabs/items/properties/sections/items/required',
                                keyword: 'required',
                                params: { missingProperty: 'fields' },
                                message: "must have required property '" + 'fields' + "'",
                              };
                              if (vErrors === null) {
                                vErrors = [err254];
                              } else {
                                vErrors.push(err254);
                              }
                              errors++;
                            }
                            for (const key15 in data95) {
                              if (!(key15 === 'label' || key15 === 'showLabel' || key15 === 'fields')) {
                                const err255 = {
                                  instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/sections/' + i8,
                                  schemaPath:
                                    '#/properties/forms/items/properties/tabs/items/properties/sections/items/additionalProperties',
                                  keyword: 'additionalProperties',
                                  params: { additionalProperty: key15 },
                                  message: 'must NOT have additional properties',
                                };
                                if (vErrors === null) {
                                  vErrors = [err255];
                                } else {
                                  vErrors.push(err255);
                                }
                                errors++;
                              }
                            }
                            if (data95.label !== undefined) {
                              let data96 = data95.label;
                              if (typeof data96 === 'string') {
                                if (func2(data96) > 500) {
                                  const err256 = {
                                    instancePath:
                                      instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/sections/' + i8 + '/label',
                                    schemaPath:
                                      '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/label/maxLength',
                                    keyword: 'maxLength',
                                    params: { limit: 500 },
                                    message: 'must NOT have more than 500 characters',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err256];
                                  } else {
                                    vErrors.push(err256);
                                  }
                                  errors++;
                                }
                                if (func2(data96) < 1) {
                                  const err257 = {
                                    instancePath:
                                      instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/sections/' + i8 + '/label',
                                    schemaPath:
                                      '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/label/minLength',
                                    keyword: 'minLength',
                                    params: { limit: 1 },
                                    message: 'must NOT have fewer than 1 characters',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err257];
                                  } else {
                                    vErrors.push(err257);
                                  }
                                  errors++;
                                }
                              } else {
                                const err258 = {
                                  instancePath:
                                    instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/sections/' + i8 + '/label',
                                  schemaPath:
                                    '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/label/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err258];
                                } else {
                                  vErrors.push(err258);
                                }
                                errors++;
                              }
                            }
                            if (data95.showLabel !== undefined) {
                              if (typeof data95.showLabel !== 'boolean') {
                                const err259 = {
                                  instancePath:
                                    instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/sections/' + i8 + '/showLabel',
                                  schemaPath:
                                    '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/showLabel/type',
                                  keyword: 'type',
                                  params: { type: 'boolean' },
                                  message: 'must be boolean',
                                };
                                if (vErrors === null) {
                                  vErrors = [err259];
                                } else {
                                  vErrors.push(err259);
                                }
                                errors++;
                              }
                            }
                            if (data95.fields !== undefined) {
                              let data98 = data95.fields;
                              if (Array.isArray(data98)) {
                                if (data98.length < 1) {
                                  const err260 = {
                                    instancePath:
                                      instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/sections/' + i8 + '/fields',
                                    schemaPath:
                                      '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/minItems',
                                    keyword: 'minItems',
                                    params: { limit: 1 },
                                    message: 'must NOT have fewer than 1 items',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err260];
                                  } else {
                                    vErrors.push(err260);
                                  }
                                  errors++;
                                }
                                const len9 = data98.length;
                                for (let i9 = 0; i9 < len9; i9++) {
                                  let data99 = data98[i9];
                                  const _errs215 = errors;
                                  let valid43 = false;
                                  let passing0 = null;
                                  const _errs216 = errors;
                                  if (data99 && typeof data99 == 'object' && !Array.isArray(data99)) {
                                    if (data99.column === undefined) {
                                      const err261 = {
                                        instancePath:
                                          instancePath +
                                          '/forms/' +
                                          i6 +
                                          '/tabs/' +
                                          i7 +
                                          '/sections/' +
                                          i8 +
                                          '/fields/' +
                                          i9,
                                        schemaPath:
                                          '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/oneOf/0/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'column' },
                                        message: "must have required property '" + 'column' + "'",
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err261];
                                      } else {
                                        vErrors.push(err261);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err262 = {
                                      instancePath:
                                        instancePath +
                                        '/forms/' +
                                        i6 +
                                        '/tabs/' +
                                        i7 +
                                        '/sections/' +
                                        i8 +
                                        '/fields/' +
                                        i9,
                                      schemaPath:
                                        '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/oneOf/0/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err262];
                                    } else {
                                      vErrors.push(err262);
                                    }
                                    errors++;
                                  }
                                  var _valid0 = _errs216 === errors;
                                  if (_valid0) {
                                    valid43 = true;
                                    passing0 = 0;
                                  }
                                  const _errs218 = errors;
                                  if (data99 && typeof data99 == 'object' && !Array.isArray(data99)) {
                                    if (data99.subgrid === undefined) {
                                      const err263 = {
                                        instancePath:
                                          instancePath +
                                          '/forms/' +
                                          i6 +
                                          '/tabs/' +
                                          i7 +
                                          '/sections/' +
                                          i8 +
                                          '/fields/' +
                                          i9,
                                        schemaPath:
                                          '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/oneOf/1/required',
                                        keyword: 'required',
                                        params: { missingProperty: 'subgrid' },
                                        message: "must have required property '" + 'subgrid' + "'",
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err263];
                                      } else {
                                        vErrors.push(err263);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err264 = {
                                      instancePath:
                                        instancePath +
                                        '/forms/' +
                                        i6 +
                                        '/tabs/' +
                                        i7 +
                                        '/sections/' +
                                        i8 +
                                        '/fields/' +
                                        i9,
                                      schemaPath:
                                        '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/oneOf/1/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err264];
                                    } else {
                                      vErrors.push(err264);
                                    }
                                    errors++;
                                  }
                                  var _valid0 = _errs218 === errors;
                                  if (_valid0 && valid43) {
                                    valid43 = false;
                                    passing0 = [passing0, 1];
                                  } else {
                                    if (_valid0) {
                                      valid43 = true;
                                      passing0 = 1;
                                    }
                                  }
                                  if (!valid43) {
                                    const err265 = {
                                      instancePath:
                                        instancePath +
                                        '/forms/' +
                                        i6 +
                                        '/tabs/' +
                                        i7 +
                                        '/sections/' +
                                        i8 +
                                        '/fields/' +
                                        i9,
                                      schemaPath:
                                        '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/oneOf',
                                      keyword: 'oneOf',
                                      params: { passingSchemas: passing0 },
                                      message: 'must match exactly one schema in oneOf',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err265];
                                    } else {
                                      vErrors.push(err265);
                                    }
                                    errors++;
                                  } else {
                                    errors = _errs215;
                                    if (vErrors !== null) {
                                      if (_errs215) {
                                        vErrors.length = _errs215;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  if (data99 && typeof data99 == 'object' && !Array.isArray(data99)) {
                                    for (const key16 in data99) {
                                      if (!(
                                        key16 === 'column' ||
                                        key16 === 'label' ||
                                        key16 === 'readOnly' ||
                                        key16 === 'control' ||
                                        key16 === 'subgrid'
                                      )) {
                                        const err266 = {
                                          instancePath:
                                            instancePath +
                                            '/forms/' +
                                            i6 +
                                            '/tabs/' +
                                            i7 +
                                            '/sections/' +
                                            i8 +
                                            '/fields/' +
                                            i9,
                                          schemaPath:
                                            '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/additionalProperties',
                                          keyword: 'additionalProperties',
                                          params: { additionalProperty: key16 },
                                          message: 'must NOT have additional properties',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err266];
                                        } else {
                                          vErrors.push(err266);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data99.column !== undefined) {
                                      let data100 = data99.column;
                                      if (typeof data100 === 'string') {
                                        if (func2(data100) > 50) {
                                          const err267 = {
                                            instancePath:
                                              instancePath +
                                              '/forms/' +
                                              i6 +
                                              '/tabs/' +
                                              i7 +
                                              '/sections/' +
                                              i8 +
                                              '/fields/' +
                                              i9 +
                                              '/column',
                                            schemaPath:
                                              '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/column/maxLength',
                                            keyword: 'maxLength',
                                            params: { limit: 50 },
                                            message: 'must NOT have more than 50 characters',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err267];
                                          } else {
                                            vErrors.push(err267);
                                          }
                                          errors++;
                                        }
                                        if (!pattern1.test(data100)) {
                                          const err268 = {
                                            instancePath:
                                              instancePath +
                                              '/forms/' +
                                              i6 +
                                              '/tabs/' +
                                              i7 +
                                              '/sections/' +
                                              i8 +
                                              '/fields/' +
                                              i9 +
                                              '/column',
                                            schemaPath:
                                              '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/column/pattern',
                                            keyword: 'pattern',
                                            params: { pattern: '^[a-z][a-z0-9_]*$' },
                                            message: 'must match pattern "' + '^[a-z][a-z0-9_]*$' + '"',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err268];
                                          } else {
                                            vErrors.push(err268);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err269 = {
                                          instancePath:
                                            instancePath +
                                            '/forms/' +
                                            i6 +
                                            '/tabs/' +
                                            i7 +
                                            '/sections/' +
                                            i8 +
                                            '/fields/' +
                                            i9 +
                                            '/column',
                                          schemaPath:
                                            '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/column/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err269];
                                        } else {
                                          vErrors.push(err269);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data99.label !== undefined) {
                                      let data101 = data99.label;
                                      if (typeof data101 === 'string') {
                                        if (func2(data101) > 500) {
                                          const err270 = {
                                            instancePath:
                                              instancePath +
                                              '/forms/' +
                                              i6 +
                                              '/tabs/' +
                                              i7 +
                                              '/sections/' +
                                              i8 +
                                              '/fields/' +
                                              i9 +
                                              '/label',
                                            schemaPath:
                                              '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/label/maxLength',
                                            keyword: 'maxLength',
                                            params: { limit: 500 },
                                            message: 'must NOT have more than 500 characters',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err270];
                                          } else {
                                            vErrors.push(err270);
                                          }
                                          errors++;
                                        }
                                        if (func2(data101) < 1) {
                                          const err271 = {
                                            instancePath:
                                              instancePath +
                                              '/forms/' +
                                              i6 +
                                              '/tabs/' +
                                              i7 +
                                              '/sections/' +
                                              i8 +
                                              '/fields/' +
                                              i9 +
                                              '/label',
                                            schemaPath:
                                              '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/label/minLength',
                                            keyword: 'minLength',
                                            params: { limit: 1 },
                                            message: 'must NOT have fewer than 1 characters',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err271];
                                          } else {
                                            vErrors.push(err271);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err272 = {
                                          instancePath:
                                            instancePath +
                                            '/forms/' +
                                            i6 +
                                            '/tabs/' +
                                            i7 +
                                            '/sections/' +
                                            i8 +
                                            '/fields/' +
                                            i9 +
                                            '/label',
                                          schemaPath:
                                            '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/label/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err272];
                                        } else {
                                          vErrors.push(err272);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data99.readOnly !== undefined) {
                                      if (typeof data99.readOnly !== 'boolean') {
                                        const err273 = {
                                          instancePath:
                                            instancePath +
                                            '/forms/' +
                                            i6 +
                                            '/tabs/' +
                                            i7 +
                                            '/sections/' +
                                            i8 +
                                            '/fields/' +
                                            i9 +
                                            '/readOnly',
                                          schemaPath:
                                            '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/readOnly/type',
                                          keyword: 'type',
                                          params: { type: 'boolean' },
                                          message: 'must be boolean',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err273];
                                        } else {
                                          vErrors.push(err273);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data99.control !== undefined) {
                                      let data103 = data99.control;
                                      if (!(
                                        data103 === 'text' ||
                                        data103 === 'url' ||
                                        data103 === 'memo' ||
                                        data103 === 'lookup' ||
                                        data103 === 'choice' ||
                                        data103 === 'multichoice' ||
                                        data103 === 'boolean'
                                      )) {
                                        const err274 = {
                                          instancePath:
                                            instancePath +
                                            '/forms/' +
                                            i6 +
                                            '/tabs/' +
                                            i7 +
                                            '/sections/' +
                                            i8 +
                                            '/fields/' +
                                            i9 +
                                            '/control',
                                          schemaPath:
                                            '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/control/enum',
                                          keyword: 'enum',
                                          params: {
                                            allowedValues:
                                              schema11.properties.forms.items.properties.tabs.items.properties.sections
                                                .items.properties.fields.items.properties.control.enum,
                                          },
                                          message: 'must be equal to one of the allowed values',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err274];
                                        } else {
                                          vErrors.push(err274);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data99.subgrid !== undefined) {
                                      let data104 = data99.subgrid;
                                      if (data104 && typeof data104 == 'object' && !Array.isArray(data104)) {
                                        if (data104.name === undefined) {
                                          const err275 = {
                                            instancePath:
                                              instancePath +
                                              '/forms/' +
                                              i6 +
                                              '/tabs/' +
                                              i7 +
                                              '/sections/' +
                                              i8 +
                                              '/fields/' +
                                              i9 +
                                              '/subgrid',
                                            schemaPath:
                                              '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/required',
                                            keyword: 'required',
                                            params: { missingProperty: 'name' },
                                            message: "must have required property '" + 'name' + "'",
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err275];
                                          } else {
                                            vErrors.push(err275);
                                          }
                                          errors++;
                                        }
                                        if (data104.label === undefined) {
                                          const err276 = {
                                            instancePath:
                                              instancePath +
                                              '/forms/' +
                                              i6 +
                                              '/tabs/' +
                                              i7 +
                                              '/sections/' +
                                              i8 +
                                              '/fields/' +
                                              i9 +
                                              '/subgrid',
                                            schemaPath:
                                              '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/required',
                                            keyword: 'required',
                                            params: { missingProperty: 'label' },
                                            message: "must have required property '" + 'label' + "'",
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err276];
                                          } else {
                                            vErrors.push(err276);
                                          }
                                          errors++;
                                        }
                                        if (data104.table === undefined) {
                                          const err277 = {
                                            instancePath:
                                              instancePath +
                                              '/forms/' +
                                              i6 +
                                              '/tabs/' +
                                              i7 +
                                              '/sections/' +
                                              i8 +
                                              '/fields/' +
                                              i9 +
                                              '/subgrid',
                                            schemaPath:
                                              '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/required',
                                            keyword: 'required',
                                            params: { missingProperty: 'table' },
                                            message: "must have required property '" + 'table' + "'",
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err277];
                                          } else {
                                            vErrors.push(err277);
                                          }
                                          errors++;
                                        }
                                        if (data104.lookup === undefined) {
                                          const err278 = {
                                            instancePath:
                                              instancePath +
                                              '/forms/' +
                                              i6 +
                                              '/tabs/' +
                                              i7 +
                                              '/sections/' +
                                              i8 +
                                              '/fields/' +
                                              i9 +
                                              '/subgrid',
                                            schemaPath:
                                              '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/required',
                                            keyword: 'required',
                                            params: { missingProperty: 'lookup' },
                                            message: "must have required property '" + 'lookup' + "'",
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err278];
                                          } else {
                                            vErrors.push(err278);
                                          }
                                          errors++;
                                        }
                                        for (const key17 in data104) {
                                          if (!(
                                            key17 === 'name' ||
                                            key17 === 'label' ||
                                            key17 === 'table' ||
                                            key17 === 'lookup'
                                          )) {
                                            const err279 = {
                                              instancePath:
                                                instancePath +
                                                '/forms/' +
                                                i6 +
                                                '/tabs/' +
                                                i7 +
                                                '/sections/' +
                                                i8 +
                                                '/fields/' +
                                                i9 +
                                                '/subgrid',
                                              schemaPath:
                                                '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/additionalProperties',
                                              keyword: 'additionalProperties',
                                              params: { additionalProperty: key17 },
                                              message: 'must NOT have additional properties',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err279];
                                            } else {
                                              vErrors.push(err279);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data104.name !== undefined) {
                                          let data105 = data104.name;
                                          if (typeof data105 === 'string') {
                                            if (func2(data105) > 50) {
                                              const err280 = {
                                                instancePath:
                                                  instancePath +
                                                  '/forms/' +
                                                  i6 +
                                                  '/tabs/' +
                                                  i7 +
                                                  '/sections/' +
                                                  i8 +
                                                  '/fields/' +
                                                  i9 +
                                                  '/subgrid/name',
                                                schemaPath:
                                                  '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/properties/name/maxLength',
                                                keyword: 'maxLength',
                                                params: { limit: 50 },
                                                message: 'must NOT have more than 50 characters',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err280];
                                              } else {
                                                vErrors.push(err280);
                                              }
                                              errors++;
                                            }
                                            if (!pattern3.test(data105)) {
                                              const err281 = {
                                                instancePath:
                                                  instancePath +
                                                  '/forms/' +
                                                  i6 +
                                                  '/tabs/' +
                                                  i7 +
                                                  '/sections/' +
                                                  i8 +
                                                  '/fields/' +
                                                  i9 +
                                                  '/subgrid/name',
                                                schemaPath:
                                                  '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/properties/name/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                                                message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err281];
                                              } else {
                                                vErrors.push(err281);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err282 = {
                                              instancePath:
                                                instancePath +
                                                '/forms/' +
                                                i6 +
                                                '/tabs/' +
                                                i7 +
                                                '/sections/' +
                                                i8 +
                                                '/fields/' +
                                                i9 +
                                                '/subgrid/name',
                                              schemaPath:
                                                '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/properties/name/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err282];
                                            } else {
                                              vErrors.push(err282);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data104.label !== undefined) {
                                          let data106 = data104.label;
                                          if (typeof data106 === 'string') {
                                            if (func2(data106) > 500) {
                                              const err283 = {
                                                instancePath:
                                                  instancePath +
                                                  '/forms/' +
                                                  i6 +
                                                  '/tabs/' +
                                                  i7 +
                                                  '/sections/' +
                                                  i8 +
                                                  '/fields/' +
                                                  i9 +
                                                  '/subgrid/label',
                                                schemaPath:
                                                  '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/properties/label/maxLength',
                                                keyword: 'maxLength',
                                                params: { limit: 500 },
                                                message: 'must NOT have more than 500 characters',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err283];
                                              } else {
                                                vErrors.push(err283);
                                              }
                                              errors++;
                                            }
                                            if (func2(data106) < 1) {
                                              const err284 = {
                                                instancePath:
                                                  instancePath +
                                                  '/forms/' +
                                                  i6 +
                                                  '/tabs/' +
                                                  i7 +
                                                  '/sections/' +
                                                  i8 +
                                                  '/fields/' +
                                                  i9 +
                                                  '/subgrid/label',
                                                schemaPath:
                                                  '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/properties/label/minLength',
                                                keyword: 'minLength',
                                                params: { limit: 1 },
                                                message: 'must NOT have fewer than 1 characters',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err284];
                                              } else {
                                                vErrors.push(err284);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err285 = {
                                              instancePath:
                                                instancePath +
                                                '/forms/' +
                                                i6 +
                                                '/tabs/' +
                                                i7 +
                                                '/sections/' +
                                                i8 +
                                                '/fields/' +
                                                i9 +
                                                '/subgrid/label',
                                              schemaPath:
                                                '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/properties/label/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err285];
                                            } else {
                                              vErrors.push(err285);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data104.table !== undefined) {
                                          let data107 = data104.table;
                                          if (typeof data107 === 'string') {
                                            if (func2(data107) > 50) {
                                              const err286 = {
                                                instancePath:
                                                  instancePath +
                                                  '/forms/' +
                                                  i6 +
                                                  '/tabs/' +
                                                  i7 +
                                                  '/sections/' +
                                                  i8 +
                                                  '/fields/' +
                                                  i9 +
                                                  '/subgrid/table',
                                                schemaPath:
                                                  '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/properties/table/maxLength',
                                                keyword: 'maxLength',
                                                params: { limit: 50 },
                                                message: 'must NOT have more than 50 characters',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err286];
                                              } else {
                                                vErrors.push(err286);
                                              }
                                              errors++;
                                            }
                                            if (!pattern3.test(data107)) {
                                              const err287 = {
                                                instancePath:
                                                  instancePath +
                                                  '/forms/' +
                                                  i6 +
                                                  '/tabs/' +
                                                  i7 +
                                                  '/sections/' +
                                                  i8 +
                                                  '/fields/' +
                                                  i9 +
                                                  '/subgrid/table',
                                                schemaPath:
                                                  '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/properties/table/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^[A-Za-z][A-Za-z0-9_]*$' },
                                                message: 'must match pattern "' + '^[A-Za-z][A-Za-z0-9_]*$' + '"',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err287];
                                              } else {
                                                vErrors.push(err287);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err288 = {
                                              instancePath:
                                                instancePath +
                                                '/forms/' +
                                                i6 +
                                                '/tabs/' +
                                                i7 +
                                                '/sections/' +
                                                i8 +
                                                '/fields/' +
                                                i9 +
                                                '/subgrid/table',
                                              schemaPath:
                                                '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/properties/table/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err288];
                                            } else {
                                              vErrors.push(err288);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data104.lookup !== undefined) {
                                          let data108 = data104.lookup;
                                          if (typeof data108 === 'string') {
                                            if (func2(data108) > 50) {
                                              const err289 = {
                                                instancePath:
                                                  instancePath +
                                                  '/forms/' +
                                                  i6 +
                                                  '/tabs/' +
                                                  i7 +
                                                  '/sections/' +
                                                  i8 +
                                                  '/fields/' +
                                                  i9 +
                                                  '/subgrid/lookup',
                                                schemaPath:
                                                  '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/properties/lookup/maxLength',
                                                keyword: 'maxLength',
                                                params: { limit: 50 },
                                                message: 'must NOT have more than 50 characters',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err289];
                                              } else {
                                                vErrors.push(err289);
                                              }
                                              errors++;
                                            }
                                            if (!pattern1.test(data108)) {
                                              const err290 = {
                                                instancePath:
                                                  instancePath +
                                                  '/forms/' +
                                                  i6 +
                                                  '/tabs/' +
                                                  i7 +
                                                  '/sections/' +
                                                  i8 +
                                                  '/fields/' +
                                                  i9 +
                                                  '/subgrid/lookup',
                                                schemaPath:
                                                  '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/properties/lookup/pattern',
                                                keyword: 'pattern',
                                                params: { pattern: '^[a-z][a-z0-9_]*$' },
                                                message: 'must match pattern "' + '^[a-z][a-z0-9_]*$' + '"',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err290];
                                              } else {
                                                vErrors.push(err290);
                                              }
                                              errors++;
                                            }
                                          } else {
                                            const err291 = {
                                              instancePath:
                                                instancePath +
                                                '/forms/' +
                                                i6 +
                                                '/tabs/' +
                                                i7 +
                                                '/sections/' +
                                                i8 +
                                                '/fields/' +
                                                i9 +
                                                '/subgrid/lookup',
                                              schemaPath:
                                                '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/properties/lookup/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err291];
                                            } else {
                                              vErrors.push(err291);
                                            }
                                            errors++;
                                          }
                                        }
                                      } else {
                                        const err292 = {
                                          instancePath:
                                            instancePath +
                                            '/forms/' +
                                            i6 +
                                            '/tabs/' +
                                            i7 +
                                            '/sections/' +
                                            i8 +
                                            '/fields/' +
                                            i9 +
                                            '/subgrid',
                                          schemaPath:
                                            '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/properties/subgrid/type',
                                          keyword: 'type',
                                          params: { type: 'object' },
                                          message: 'must be object',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err292];
                                        } else {
                                          vErrors.push(err292);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err293 = {
                                      instancePath:
                                        instancePath +
                                        '/forms/' +
                                        i6 +
                                        '/tabs/' +
                                        i7 +
                                        '/sections/' +
                                        i8 +
                                        '/fields/' +
                                        i9,
                                      schemaPath:
                                        '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/items/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err293];
                                    } else {
                                      vErrors.push(err293);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err294 = {
                                  instancePath:
                                    instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/sections/' + i8 + '/fields',
                                  schemaPath:
                                    '#/properties/forms/items/properties/tabs/items/properties/sections/items/properties/fields/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array',
                                };
                                if (vErrors === null) {
                                  vErrors = [err294];
                                } else {
                                  vErrors.push(err294);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err295 = {
                              instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/sections/' + i8,
                              schemaPath:
                                '#/properties/forms/items/properties/tabs/items/properties/sections/items/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object',
                            };
                            if (vErrors === null) {
                              vErrors = [err295];
                            } else {
                              vErrors.push(err295);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err296 = {
                          instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7 + '/sections',
                          schemaPath: '#/properties/forms/items/properties/tabs/items/properties/sections/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        };
                        if (vErrors === null) {
                          vErrors = [err296];
                        } else {
                          vErrors.push(err296);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err297 = {
                      instancePath: instancePath + '/forms/' + i6 + '/tabs/' + i7,
                      schemaPath: '#/properties/forms/items/properties/tabs/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err297];
                    } else {
                      vErrors.push(err297);
                    }
                    errors++;
                  }
                }
              } else {
                const err298 = {
                  instancePath: instancePath + '/forms/' + i6 + '/tabs',
                  schemaPath: '#/properties/forms/items/properties/tabs/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err298];
                } else {
                  vErrors.push(err298);
                }
                errors++;
              }
            }
          } else {
            const err299 = {
              instancePath: instancePath + '/forms/' + i6,
              schemaPath: '#/properties/forms/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err299];
            } else {
              vErrors.push(err299);
            }
            errors++;
          }
        }
      } else {
        const err300 = {
          instancePath: instancePath + '/forms',
          schemaPath: '#/properties/forms/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err300];
        } else {
          vErrors.push(err300);
        }
        errors++;
      }
    }
  } else {
    const err301 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err301];
    } else {
      vErrors.push(err301);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
