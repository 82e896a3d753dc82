/** The slice of FHIR R4 / Plan-Net that the demo generator writes; typed so tests can read it back. */

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

/** A primitive's sibling element (`_text`), which carries the FHIR translation extension. */
export interface PrimitiveExtras {
  extension: Extension[];
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
  _text?: PrimitiveExtras;
}

export interface Reference {
  reference: string;
  display?: string;
}

export interface Extension {
  url: string;
  valueCodeableConcept?: CodeableConcept;
  valueReference?: Reference;
  valueDate?: string;
  valueCode?: string;
  valueString?: string;
  extension?: Extension[];
}

export interface Meta {
  lastUpdated: string;
  profile: string[];
  tag: Coding[];
}

export interface Identifier {
  use?: 'official' | 'secondary';
  type?: CodeableConcept;
  system: string;
  value: string;
  assigner?: { display: string };
}

export interface ContactPoint {
  system: 'phone' | 'fax' | 'url';
  value: string;
  use: 'work';
}

export interface Address {
  use: 'work';
  type: 'both' | 'postal';
  text: string;
  line: string[];
  city: string;
  state: string;
  postalCode: string;
  country: string;
}

export type DayOfWeek = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface AvailableTime {
  daysOfWeek: DayOfWeek[];
  availableStartTime: string;
  availableEndTime: string;
}

/** Location.hoursOfOperation in FHIR R4 names its times differently from availableTime. */
export interface HoursOfOperation {
  daysOfWeek: DayOfWeek[];
  openingTime?: string;
  closingTime?: string;
  allDay?: boolean;
}

interface Base {
  id: string;
  meta: Meta;
  extension?: Extension[];
}

export interface Organization extends Base {
  resourceType: 'Organization';
  identifier?: Identifier[];
  active: boolean;
  type: CodeableConcept[];
  name: string;
  telecom?: ContactPoint[];
  address?: Address[];
  partOf?: Reference;
}

export interface Location extends Base {
  resourceType: 'Location';
  status: 'active';
  name: string;
  description: string;
  telecom: ContactPoint[];
  address: Address;
  position: { longitude: number; latitude: number };
  managingOrganization: Reference;
  hoursOfOperation: HoursOfOperation[];
  type?: CodeableConcept[];
  availabilityExceptions?: string;
  _availabilityExceptions?: PrimitiveExtras;
}

export interface HumanName {
  use: 'official';
  text: string;
  family: string;
  given: string[];
  suffix: string[];
}

export interface Qualification {
  extension: Extension[];
  identifier: Identifier[];
  code: CodeableConcept;
  period: { start: string; end: string };
  issuer: { display: string };
}

export interface Practitioner extends Base {
  resourceType: 'Practitioner';
  identifier: Identifier[];
  active: boolean;
  name: HumanName[];
  gender: 'female' | 'male' | 'other';
  qualification: Qualification[];
  communication: (CodeableConcept & { extension: Extension[] })[];
}

export interface PractitionerRole extends Base {
  resourceType: 'PractitionerRole';
  active: boolean;
  practitioner: Reference;
  organization: Reference;
  code: CodeableConcept[];
  specialty: CodeableConcept[];
  location: Reference[];
  healthcareService?: Reference[];
  telecom: ContactPoint[];
  availableTime?: AvailableTime[];
}

export interface HealthcareService extends Base {
  resourceType: 'HealthcareService';
  active: boolean;
  providedBy: Reference;
  category: CodeableConcept[];
  type: CodeableConcept[];
  specialty?: CodeableConcept[];
  location: Reference[];
  name: string;
  telecom: ContactPoint[];
  appointmentRequired: boolean;
  availableTime?: AvailableTime[];
  eligibility?: { code: CodeableConcept; comment?: string }[];
  communication?: CodeableConcept[];
}

export interface OrganizationAffiliation extends Base {
  resourceType: 'OrganizationAffiliation';
  active: boolean;
  organization: Reference;
  participatingOrganization: Reference;
  network: Reference[];
  location: Reference[];
  healthcareService?: Reference[];
}

export interface InsurancePlan extends Base {
  resourceType: 'InsurancePlan';
  status: 'active';
  type: CodeableConcept[];
  name: string;
  alias: string[];
  ownedBy: Reference;
  administeredBy: Reference;
  network: Reference[];
}

export type DemoResource = Organization | Location | Practitioner | PractitionerRole | HealthcareService | OrganizationAffiliation | InsurancePlan;
