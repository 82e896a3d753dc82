// The validator (a devDependency for the API tests) ships without types.
declare module '@asymmetrik/fhir-json-schema-validator' {
  export default class JSONSchemaValidator {
    constructor(schema?: string, ajvSettings?: object);
    validate(resource: unknown, verbose?: boolean): unknown[];
  }
}
