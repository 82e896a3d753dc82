/**
 * The components content authors may use in MDX, and the attributes each takes.
 * The renderer (components/mdx) implements exactly these names; content:check rejects others.
 */
export const careOptionKinds = ['pcp', 'afterHours', 'urgent', 'er'] as const;
export const calloutKinds = ['info', 'warning', 'emergency'] as const;

type AttributeRule = { required: boolean; values?: readonly string[]; pattern?: RegExp };

export const mdxComponentRules: Record<string, Record<string, AttributeRule>> = {
  PlanName: {},
  ServiceArea: {},
  Program: {},
  Hours: {},
  MailingAddress: {},
  Tty: {},
  Phone: { name: { required: true } },
  Fax: { name: { required: true } },
  Email: { name: { required: true } },
  Address: { name: { required: true } },
  PayerId: {},
  ClaimsAddress: {},
  Callout: { kind: { required: true, values: calloutKinds }, title: { required: false } },
  CareGuide: {},
  CareOption: { kind: { required: true, values: careOptionKinds }, title: { required: true }, when: { required: true } },
  Checklist: { id: { required: true, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ } },
  Step: { id: { required: true, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ }, title: { required: true } },
  LanguageTaglines: {},
  HandoutList: {},
};

export type MdxComponentName = keyof typeof mdxComponentRules;
