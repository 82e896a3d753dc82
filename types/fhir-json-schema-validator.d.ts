// The FHIR R4 JSON schema validator (a devDependency the FHIR API tests use) ships without types.
declare module '@asymmetrik/fhir-json-schema-validator' {
  export default class JSONSchemaValidator {
    constructor(schema?: string, ajvSettings?: object);
    validate(resource: unknown, verbose?: boolean): unknown[];
  }
}
