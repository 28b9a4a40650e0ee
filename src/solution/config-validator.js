// Generated from src/solution/config-schema.ts by src/solution/schema/validators-codegen.ts (ajv 8.20.0): do not edit.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const validate = validate10;
export default validate10;
const schema11 = {
  type: 'object',
  additionalProperties: false,
  required: ['solution', 'publisher', 'environmentVariables', 'connectionReferences'],
  properties: {
    solution: {
      type: 'object',
      additionalProperties: false,
      required: ['uniqueName', 'displayName', 'version'],
      properties: {
        uniqueName: {
          type: 'string',
          pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$',
          description: 'letters, digits and underscores, not starting with a digit (at most 64 characters)',
        },
        displayName: { type: 'string', minLength: 1 },
        version: {
          type: 'string',
          pattern: '^\\d+(\\.\\d+){1,3}$',
          description: 'a version of 2 to 4 numeric parts, e.g. 1.0.0.0',
        },
        description: { type: 'string' },
      },
    },
    publisher: {
      type: 'object',
      additionalProperties: false,
      required: ['uniqueName', 'displayName', 'prefix', 'optionValuePrefix'],
      properties: {
        uniqueName: {
          type: 'string',
          pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$',
          description: 'letters, digits and underscores, not starting with a digit (at most 64 characters)',
        },
        displayName: { type: 'string', minLength: 1 },
        description: { type: 'string' },
        prefix: {
          type: 'string',
          pattern: '^(?!mscrm)[a-z][a-z0-9]{1,7}$',
          description: '2 to 8 lower-case letters or digits, starting with a letter, not "mscrm"',
        },
        optionValuePrefix: { type: 'integer', minimum: 10000, maximum: 99999 },
      },
    },
    environmentVariables: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['schemaName', 'displayName', 'type'],
        properties: {
          schemaName: {
            type: 'string',
            pattern: '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_]+$',
            description: 'the publisher prefix, an underscore, then letters, digits and underscores',
          },
          displayName: { type: 'string', minLength: 1 },
          type: { enum: ['String', 'Number', 'Boolean', 'JSON'] },
          defaultValue: { type: ['string', 'number', 'boolean', 'object', 'array'] },
          description: { type: 'string' },
          isRequired: { type: 'boolean' },
          introducedVersion: {
            type: 'string',
            pattern: '^\\d+(\\.\\d+){1,3}$',
            description: 'a version of 2 to 4 numeric parts, e.g. 1.0.0.0',
          },
        },
      },
    },
    connectionReferences: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['logicalName', 'displayName', 'connector'],
        properties: {
          logicalName: {
            type: 'string',
            pattern: '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_]+$',
            description: 'the publisher prefix, an underscore, then letters, digits and underscores',
          },
          displayName: { type: 'string', minLength: 1 },
          description: { type: 'string' },
          connector: {
            type: 'string',
            pattern: '^shared_[A-Za-z0-9_-]+$',
            description: "the connector's api.name, e.g. shared_commondataserviceforapps",
          },
          customConnector: {
            type: 'string',
            pattern: '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_-]{1,29}$',
            maxLength: 30,
            description: "the custom connector's schema name in this solution (at most 30 characters)",
          },
        },
      },
    },
    dataverse: {},
    connectors: {},
  },
};
const pattern0 = new RegExp('^[A-Za-z_][A-Za-z0-9_]{0,63}$', 'u');
const pattern1 = new RegExp('^\\d+(\\.\\d+){1,3}$', 'u');
const pattern3 = new RegExp('^(?!mscrm)[a-z][a-z0-9]{1,7}$', 'u');
const pattern4 = new RegExp('^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_]+$', 'u');
const pattern7 = new RegExp('^shared_[A-Za-z0-9_-]+$', 'u');
const pattern8 = new RegExp('^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_-]{1,29}$', 'u');
const func2 = require('ajv/dist/runtime/ucs2length').default;
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.solution === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'solution' },
        message: "must have required property '" + 'solution' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.publisher === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'publisher' },
        message: "must have required property '" + 'publisher' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.environmentVariables === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'environmentVariables' },
        message: "must have required property '" + 'environmentVariables' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.connectionReferences === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'connectionReferences' },
        message: "must have required property '" + 'connectionReferences' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'solution' ||
        key0 === 'publisher' ||
        key0 === 'environmentVariables' ||
        key0 === 'connectionReferences' ||
        key0 === 'dataverse' ||
        key0 === 'connectors'
      )) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema11,
          data,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.solution !== undefined) {
      let data0 = data.solution;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.uniqueName === undefined) {
          const err5 = {
            instancePath: instancePath + '/solution',
            schemaPath: '#/properties/solution/required',
            keyword: 'required',
            params: { missingProperty: 'uniqueName' },
            message: "must have required property '" + 'uniqueName' + "'",
            schema: schema11.properties.solution.required,
            parentSchema: schema11.properties.solution,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0.displayName === undefined) {
          const err6 = {
            instancePath: instancePath + '/solution',
            schemaPath: '#/properties/solution/required',
            keyword: 'required',
            params: { missingProperty: 'displayName' },
            message: "must have required property '" + 'displayName' + "'",
            schema: schema11.properties.solution.required,
            parentSchema: schema11.properties.solution,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.version === undefined) {
          const err7 = {
            instancePath: instancePath + '/solution',
            schemaPath: '#/properties/solution/required',
            keyword: 'required',
            params: { missingProperty: 'version' },
            message: "must have required property '" + 'version' + "'",
            schema: schema11.properties.solution.required,
            parentSchema: schema11.properties.solution,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === 'uniqueName' || key1 === 'displayName' || key1 === 'version' || key1 === 'description')) {
            const err8 = {
              instancePath: instancePath + '/solution',
              schemaPath: '#/properties/solution/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.solution,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.uniqueName !== undefined) {
          let data1 = data0.uniqueName;
          if (typeof data1 === 'string') {
            if (!pattern0.test(data1)) {
              const err9 = {
                instancePath: instancePath + '/solution/uniqueName',
                schemaPath: '#/properties/solution/properties/uniqueName/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]{0,63}$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_]{0,63}$',
                parentSchema: schema11.properties.solution.properties.uniqueName,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/solution/uniqueName',
              schemaPath: '#/properties/solution/properties/uniqueName/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.solution.properties.uniqueName.type,
              parentSchema: schema11.properties.solution.properties.uniqueName,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.displayName !== undefined) {
          let data2 = data0.displayName;
          if (typeof data2 === 'string') {
            if (func2(data2) < 1) {
              const err11 = {
                instancePath: instancePath + '/solution/displayName',
                schemaPath: '#/properties/solution/properties/displayName/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema11.properties.solution.properties.displayName,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/solution/displayName',
              schemaPath: '#/properties/solution/properties/displayName/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.solution.properties.displayName.type,
              parentSchema: schema11.properties.solution.properties.displayName,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.version !== undefined) {
          let data3 = data0.version;
          if (typeof data3 === 'string') {
            if (!pattern1.test(data3)) {
              const err13 = {
                instancePath: instancePath + '/solution/version',
                schemaPath: '#/properties/solution/properties/version/pattern',
                keyword: 'pattern',
                params: { pattern: '^\\d+(\\.\\d+){1,3}$' },
                message: 'must match pattern "' + '^\\d+(\\.\\d+){1,3}$' + '"',
                schema: '^\\d+(\\.\\d+){1,3}$',
                parentSchema: schema11.properties.solution.properties.version,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/solution/version',
              schemaPath: '#/properties/solution/properties/version/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.solution.properties.version.type,
              parentSchema: schema11.properties.solution.properties.version,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.description !== undefined) {
          let data4 = data0.description;
          if (typeof data4 !== 'string') {
            const err15 = {
              instancePath: instancePath + '/solution/description',
              schemaPath: '#/properties/solution/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.solution.properties.description.type,
              parentSchema: schema11.properties.solution.properties.description,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/solution',
          schemaPath: '#/properties/solution/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.solution.type,
          parentSchema: schema11.properties.solution,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.publisher !== undefined) {
      let data5 = data.publisher;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        if (data5.uniqueName === undefined) {
          const err17 = {
            instancePath: instancePath + '/publisher',
            schemaPath: '#/properties/publisher/required',
            keyword: 'required',
            params: { missingProperty: 'uniqueName' },
            message: "must have required property '" + 'uniqueName' + "'",
            schema: schema11.properties.publisher.required,
            parentSchema: schema11.properties.publisher,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data5.displayName === undefined) {
          const err18 = {
            instancePath: instancePath + '/publisher',
            schemaPath: '#/properties/publisher/required',
            keyword: 'required',
            params: { missingProperty: 'displayName' },
            message: "must have required property '" + 'displayName' + "'",
            schema: schema11.properties.publisher.required,
            parentSchema: schema11.properties.publisher,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data5.prefix === undefined) {
          const err19 = {
            instancePath: instancePath + '/publisher',
            schemaPath: '#/properties/publisher/required',
            keyword: 'required',
            params: { missingProperty: 'prefix' },
            message: "must have required property '" + 'prefix' + "'",
            schema: schema11.properties.publisher.required,
            parentSchema: schema11.properties.publisher,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data5.optionValuePrefix === undefined) {
          const err20 = {
            instancePath: instancePath + '/publisher',
            schemaPath: '#/properties/publisher/required',
            keyword: 'required',
            params: { missingProperty: 'optionValuePrefix' },
            message: "must have required property '" + 'optionValuePrefix' + "'",
            schema: schema11.properties.publisher.required,
            parentSchema: schema11.properties.publisher,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(
            key2 === 'uniqueName' ||
            key2 === 'displayName' ||
            key2 === 'description' ||
            key2 === 'prefix' ||
            key2 === 'optionValuePrefix'
          )) {
            const err21 = {
              instancePath: instancePath + '/publisher',
              schemaPath: '#/properties/publisher/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.publisher,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data5.uniqueName !== undefined) {
          let data6 = data5.uniqueName;
          if (typeof data6 === 'string') {
            if (!pattern0.test(data6)) {
              const err22 = {
                instancePath: instancePath + '/publisher/uniqueName',
                schemaPath: '#/properties/publisher/properties/uniqueName/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$' },
                message: 'must match pattern "' + '^[A-Za-z_][A-Za-z0-9_]{0,63}$' + '"',
                schema: '^[A-Za-z_][A-Za-z0-9_]{0,63}$',
                parentSchema: schema11.properties.publisher.properties.uniqueName,
                data: data6,
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/publisher/uniqueName',
              schemaPath: '#/properties/publisher/properties/uniqueName/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.publisher.properties.uniqueName.type,
              parentSchema: schema11.properties.publisher.properties.uniqueName,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data5.displayName !== undefined) {
          let data7 = data5.displayName;
          if (typeof data7 === 'string') {
            if (func2(data7) < 1) {
              const err24 = {
                instancePath: instancePath + '/publisher/displayName',
                schemaPath: '#/properties/publisher/properties/displayName/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema11.properties.publisher.properties.displayName,
                data: data7,
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
              instancePath: instancePath + '/publisher/displayName',
              schemaPath: '#/properties/publisher/properties/displayName/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.publisher.properties.displayName.type,
              parentSchema: schema11.properties.publisher.properties.displayName,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data5.description !== undefined) {
          let data8 = data5.description;
          if (typeof data8 !== 'string') {
            const err26 = {
              instancePath: instancePath + '/publisher/description',
              schemaPath: '#/properties/publisher/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.publisher.properties.description.type,
              parentSchema: schema11.properties.publisher.properties.description,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data5.prefix !== undefined) {
          let data9 = data5.prefix;
          if (typeof data9 === 'string') {
            if (!pattern3.test(data9)) {
              const err27 = {
                instancePath: instancePath + '/publisher/prefix',
                schemaPath: '#/properties/publisher/properties/prefix/pattern',
                keyword: 'pattern',
                params: { pattern: '^(?!mscrm)[a-z][a-z0-9]{1,7}$' },
                message: 'must match pattern "' + '^(?!mscrm)[a-z][a-z0-9]{1,7}$' + '"',
                schema: '^(?!mscrm)[a-z][a-z0-9]{1,7}$',
                parentSchema: schema11.properties.publisher.properties.prefix,
                data: data9,
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/publisher/prefix',
              schemaPath: '#/properties/publisher/properties/prefix/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.publisher.properties.prefix.type,
              parentSchema: schema11.properties.publisher.properties.prefix,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data5.optionValuePrefix !== undefined) {
          let data10 = data5.optionValuePrefix;
          if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
            const err29 = {
              instancePath: instancePath + '/publisher/optionValuePrefix',
              schemaPath: '#/properties/publisher/properties/optionValuePrefix/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
              schema: schema11.properties.publisher.properties.optionValuePrefix.type,
              parentSchema: schema11.properties.publisher.properties.optionValuePrefix,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (typeof data10 == 'number' && isFinite(data10)) {
            if (data10 > 99999 || isNaN(data10)) {
              const err30 = {
                instancePath: instancePath + '/publisher/optionValuePrefix',
                schemaPath: '#/properties/publisher/properties/optionValuePrefix/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 99999 },
                message: 'must be <= 99999',
                schema: 99999,
                parentSchema: schema11.properties.publisher.properties.optionValuePrefix,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data10 < 10000 || isNaN(data10)) {
              const err31 = {
                instancePath: instancePath + '/publisher/optionValuePrefix',
                schemaPath: '#/properties/publisher/properties/optionValuePrefix/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 10000 },
                message: 'must be >= 10000',
                schema: 10000,
                parentSchema: schema11.properties.publisher.properties.optionValuePrefix,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/publisher',
          schemaPath: '#/properties/publisher/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.publisher.type,
          parentSchema: schema11.properties.publisher,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.environmentVariables !== undefined) {
      let data11 = data.environmentVariables;
      if (Array.isArray(data11)) {
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data12 = data11[i0];
          if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
            if (data12.schemaName === undefined) {
              const err33 = {
                instancePath: instancePath + '/environmentVariables/' + i0,
                schemaPath: '#/properties/environmentVariables/items/required',
                keyword: 'required',
                params: { missingProperty: 'schemaName' },
                message: "must have required property '" + 'schemaName' + "'",
                schema: schema11.properties.environmentVariables.items.required,
                parentSchema: schema11.properties.environmentVariables.items,
                data: data12,
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data12.displayName === undefined) {
              const err34 = {
                instancePath: instancePath + '/environmentVariables/' + i0,
                schemaPath: '#/properties/environmentVariables/items/required',
                keyword: 'required',
                params: { missingProperty: 'displayName' },
                message: "must have required property '" + 'displayName' + "'",
                schema: schema11.properties.environmentVariables.items.required,
                parentSchema: schema11.properties.environmentVariables.items,
                data: data12,
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data12.type === undefined) {
              const err35 = {
                instancePath: instancePath + '/environmentVariables/' + i0,
                schemaPath: '#/properties/environmentVariables/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
                message: "must have required property '" + 'type' + "'",
                schema: schema11.properties.environmentVariables.items.required,
                parentSchema: schema11.properties.environmentVariables.items,
                data: data12,
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            for (const key3 in data12) {
              if (!(
                key3 === 'schemaName' ||
                key3 === 'displayName' ||
                key3 === 'type' ||
                key3 === 'defaultValue' ||
                key3 === 'description' ||
                key3 === 'isRequired' ||
                key3 === 'introducedVersion'
              )) {
                const err36 = {
                  instancePath: instancePath + '/environmentVariables/' + i0,
                  schemaPath: '#/properties/environmentVariables/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.environmentVariables.items,
                  data: data12,
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data12.schemaName !== undefined) {
              let data13 = data12.schemaName;
              if (typeof data13 === 'string') {
                if (!pattern4.test(data13)) {
                  const err37 = {
                    instancePath: instancePath + '/environmentVariables/' + i0 + '/schemaName',
                    schemaPath: '#/properties/environmentVariables/items/properties/schemaName/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_]+$' },
                    message: 'must match pattern "' + '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_]+$' + '"',
                    schema: '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_]+$',
                    parentSchema: schema11.properties.environmentVariables.items.properties.schemaName,
                    data: data13,
                  };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = {
                  instancePath: instancePath + '/environmentVariables/' + i0 + '/schemaName',
                  schemaPath: '#/properties/environmentVariables/items/properties/schemaName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.environmentVariables.items.properties.schemaName.type,
                  parentSchema: schema11.properties.environmentVariables.items.properties.schemaName,
                  data: data13,
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data12.displayName !== undefined) {
              let data14 = data12.displayName;
              if (typeof data14 === 'string') {
                if (func2(data14) < 1) {
                  const err39 = {
                    instancePath: instancePath + '/environmentVariables/' + i0 + '/displayName',
                    schemaPath: '#/properties/environmentVariables/items/properties/displayName/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema11.properties.environmentVariables.items.properties.displayName,
                    data: data14,
                  };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = {
                  instancePath: instancePath + '/environmentVariables/' + i0 + '/displayName',
                  schemaPath: '#/properties/environmentVariables/items/properties/displayName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.environmentVariables.items.properties.displayName.type,
                  parentSchema: schema11.properties.environmentVariables.items.properties.displayName,
                  data: data14,
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data12.type !== undefined) {
              let data15 = data12.type;
              if (!(data15 === 'String' || data15 === 'Number' || data15 === 'Boolean' || data15 === 'JSON')) {
                const err41 = {
                  instancePath: instancePath + '/environmentVariables/' + i0 + '/type',
                  schemaPath: '#/properties/environmentVariables/items/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema11.properties.environmentVariables.items.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                  schema: schema11.properties.environmentVariables.items.properties.type.enum,
                  parentSchema: schema11.properties.environmentVariables.items.properties.type,
                  data: data15,
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data12.defaultValue !== undefined) {
              let data16 = data12.defaultValue;
              if (
                (!data16 || typeof data16 != 'object') &&
                typeof data16 !== 'string' &&
                !(typeof data16 == 'number' && isFinite(data16)) &&
                typeof data16 !== 'boolean'
              ) {
                const err42 = {
                  instancePath: instancePath + '/environmentVariables/' + i0 + '/defaultValue',
                  schemaPath: '#/properties/environmentVariables/items/properties/defaultValue/type',
                  keyword: 'type',
                  params: { type: schema11.properties.environmentVariables.items.properties.defaultValue.type },
                  message: 'must be string,number,boolean,object,array',
                  schema: schema11.properties.environmentVariables.items.properties.defaultValue.type,
                  parentSchema: schema11.properties.environmentVariables.items.properties.defaultValue,
                  data: data16,
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data12.description !== undefined) {
              let data17 = data12.description;
              if (typeof data17 !== 'string') {
                const err43 = {
                  instancePath: instancePath + '/environmentVariables/' + i0 + '/description',
                  schemaPath: '#/properties/environmentVariables/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.environmentVariables.items.properties.description.type,
                  parentSchema: schema11.properties.environmentVariables.items.properties.description,
                  data: data17,
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data12.isRequired !== undefined) {
              let data18 = data12.isRequired;
              if (typeof data18 !== 'boolean') {
                const err44 = {
                  instancePath: instancePath + '/environmentVariables/' + i0 + '/isRequired',
                  schemaPath: '#/properties/environmentVariables/items/properties/isRequired/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                  schema: schema11.properties.environmentVariables.items.properties.isRequired.type,
                  parentSchema: schema11.properties.environmentVariables.items.properties.isRequired,
                  data: data18,
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data12.introducedVersion !== undefined) {
              let data19 = data12.introducedVersion;
              if (typeof data19 === 'string') {
                if (!pattern1.test(data19)) {
                  const err45 = {
                    instancePath: instancePath + '/environmentVariables/' + i0 + '/introducedVersion',
                    schemaPath: '#/properties/environmentVariables/items/properties/introducedVersion/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^\\d+(\\.\\d+){1,3}$' },
                    message: 'must match pattern "' + '^\\d+(\\.\\d+){1,3}$' + '"',
                    schema: '^\\d+(\\.\\d+){1,3}$',
                    parentSchema: schema11.properties.environmentVariables.items.properties.introducedVersion,
                    data: data19,
                  };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = {
                  instancePath: instancePath + '/environmentVariables/' + i0 + '/introducedVersion',
                  schemaPath: '#/properties/environmentVariables/items/properties/introducedVersion/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.environmentVariables.items.properties.introducedVersion.type,
                  parentSchema: schema11.properties.environmentVariables.items.properties.introducedVersion,
                  data: data19,
                };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = {
              instancePath: instancePath + '/environmentVariables/' + i0,
              schemaPath: '#/properties/environmentVariables/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.environmentVariables.items.type,
              parentSchema: schema11.properties.environmentVariables.items,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = {
          instancePath: instancePath + '/environmentVariables',
          schemaPath: '#/properties/environmentVariables/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema11.properties.environmentVariables.type,
          parentSchema: schema11.properties.environmentVariables,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.connectionReferences !== undefined) {
      let data20 = data.connectionReferences;
      if (Array.isArray(data20)) {
        const len1 = data20.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data21 = data20[i1];
          if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
            if (data21.logicalName === undefined) {
              const err49 = {
                instancePath: instancePath + '/connectionReferences/' + i1,
                schemaPath: '#/properties/connectionReferences/items/required',
                keyword: 'required',
                params: { missingProperty: 'logicalName' },
                message: "must have required property '" + 'logicalName' + "'",
                schema: schema11.properties.connectionReferences.items.required,
                parentSchema: schema11.properties.connectionReferences.items,
                data: data21,
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data21.displayName === undefined) {
              const err50 = {
                instancePath: instancePath + '/connectionReferences/' + i1,
                schemaPath: '#/properties/connectionReferences/items/required',
                keyword: 'required',
                params: { missingProperty: 'displayName' },
                message: "must have required property '" + 'displayName' + "'",
                schema: schema11.properties.connectionReferences.items.required,
                parentSchema: schema11.properties.connectionReferences.items,
                data: data21,
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data21.connector === undefined) {
              const err51 = {
                instancePath: instancePath + '/connectionReferences/' + i1,
                schemaPath: '#/properties/connectionReferences/items/required',
                keyword: 'required',
                params: { missingProperty: 'connector' },
                message: "must have required property '" + 'connector' + "'",
                schema: schema11.properties.connectionReferences.items.required,
                parentSchema: schema11.properties.connectionReferences.items,
                data: data21,
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            for (const key4 in data21) {
              if (!(
                key4 === 'logicalName' ||
                key4 === 'displayName' ||
                key4 === 'description' ||
                key4 === 'connector' ||
                key4 === 'customConnector'
              )) {
                const err52 = {
                  instancePath: instancePath + '/connectionReferences/' + i1,
                  schemaPath: '#/properties/connectionReferences/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key4 },
                  message: 'must NOT have additional properties',
                  schema: false,
                  parentSchema: schema11.properties.connectionReferences.items,
                  data: data21,
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data21.logicalName !== undefined) {
              let data22 = data21.logicalName;
              if (typeof data22 === 'string') {
                if (!pattern4.test(data22)) {
                  const err53 = {
                    instancePath: instancePath + '/connectionReferences/' + i1 + '/logicalName',
                    schemaPath: '#/properties/connectionReferences/items/properties/logicalName/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_]+$' },
                    message: 'must match pattern "' + '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_]+$' + '"',
                    schema: '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_]+$',
                    parentSchema: schema11.properties.connectionReferences.items.properties.logicalName,
                    data: data22,
                  };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = {
                  instancePath: instancePath + '/connectionReferences/' + i1 + '/logicalName',
                  schemaPath: '#/properties/connectionReferences/items/properties/logicalName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.connectionReferences.items.properties.logicalName.type,
                  parentSchema: schema11.properties.connectionReferences.items.properties.logicalName,
                  data: data22,
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data21.displayName !== undefined) {
              let data23 = data21.displayName;
              if (typeof data23 === 'string') {
                if (func2(data23) < 1) {
                  const err55 = {
                    instancePath: instancePath + '/connectionReferences/' + i1 + '/displayName',
                    schemaPath: '#/properties/connectionReferences/items/properties/displayName/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema11.properties.connectionReferences.items.properties.displayName,
                    data: data23,
                  };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = {
                  instancePath: instancePath + '/connectionReferences/' + i1 + '/displayName',
                  schemaPath: '#/properties/connectionReferences/items/properties/displayName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.connectionReferences.items.properties.displayName.type,
                  parentSchema: schema11.properties.connectionReferences.items.properties.displayName,
                  data: data23,
                };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data21.description !== undefined) {
              let data24 = data21.description;
              if (typeof data24 !== 'string') {
                const err57 = {
                  instancePath: instancePath + '/connectionReferences/' + i1 + '/description',
                  schemaPath: '#/properties/connectionReferences/items/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.connectionReferences.items.properties.description.type,
                  parentSchema: schema11.properties.connectionReferences.items.properties.description,
                  data: data24,
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data21.connector !== undefined) {
              let data25 = data21.connector;
              if (typeof data25 === 'string') {
                if (!pattern7.test(data25)) {
                  const err58 = {
                    instancePath: instancePath + '/connectionReferences/' + i1 + '/connector',
                    schemaPath: '#/properties/connectionReferences/items/properties/connector/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^shared_[A-Za-z0-9_-]+$' },
                    message: 'must match pattern "' + '^shared_[A-Za-z0-9_-]+$' + '"',
                    schema: '^shared_[A-Za-z0-9_-]+$',
                    parentSchema: schema11.properties.connectionReferences.items.properties.connector,
                    data: data25,
                  };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = {
                  instancePath: instancePath + '/connectionReferences/' + i1 + '/connector',
                  schemaPath: '#/properties/connectionReferences/items/properties/connector/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.connectionReferences.items.properties.connector.type,
                  parentSchema: schema11.properties.connectionReferences.items.properties.connector,
                  data: data25,
                };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data21.customConnector !== undefined) {
              let data26 = data21.customConnector;
              if (typeof data26 === 'string') {
                if (func2(data26) > 30) {
                  const err60 = {
                    instancePath: instancePath + '/connectionReferences/' + i1 + '/customConnector',
                    schemaPath: '#/properties/connectionReferences/items/properties/customConnector/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 30 },
                    message: 'must NOT have more than 30 characters',
                    schema: 30,
                    parentSchema: schema11.properties.connectionReferences.items.properties.customConnector,
                    data: data26,
                  };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (!pattern8.test(data26)) {
                  const err61 = {
                    instancePath: instancePath + '/connectionReferences/' + i1 + '/customConnector',
                    schemaPath: '#/properties/connectionReferences/items/properties/customConnector/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_-]{1,29}$' },
                    message: 'must match pattern "' + '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_-]{1,29}$' + '"',
                    schema: '^[a-z][a-z0-9]{1,7}_[A-Za-z0-9_-]{1,29}$',
                    parentSchema: schema11.properties.connectionReferences.items.properties.customConnector,
                    data: data26,
                  };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = {
                  instancePath: instancePath + '/connectionReferences/' + i1 + '/customConnector',
                  schemaPath: '#/properties/connectionReferences/items/properties/customConnector/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.connectionReferences.items.properties.customConnector.type,
                  parentSchema: schema11.properties.connectionReferences.items.properties.customConnector,
                  data: data26,
                };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          } else {
            const err63 = {
              instancePath: instancePath + '/connectionReferences/' + i1,
              schemaPath: '#/properties/connectionReferences/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
              schema: schema11.properties.connectionReferences.items.type,
              parentSchema: schema11.properties.connectionReferences.items,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = {
          instancePath: instancePath + '/connectionReferences',
          schemaPath: '#/properties/connectionReferences/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema11.properties.connectionReferences.type,
          parentSchema: schema11.properties.connectionReferences,
          data: data20,
        };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
  } else {
    const err65 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema11.type,
      parentSchema: schema11,
      data,
    };
    if (vErrors === null) {
      vErrors = [err65];
    } else {
      vErrors.push(err65);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
