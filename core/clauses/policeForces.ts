import { z } from 'zod';

// templates/police-forces.json: the bodies a redirect can point to. Each force is its own public
// authority for FOI, so the list (not free text) keeps names and links consistent across letters.

export const policeForceSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  // British Transport Police covers Great Britain (England, Wales and Scotland), not Northern Ireland;
  // 'United Kingdom' stays valid for a body an organisation adds that really is UK-wide.
  country: z.enum(['England', 'Wales', 'Scotland', 'Northern Ireland', 'Great Britain', 'United Kingdom']),
  // Omitted where the address could not be confirmed: a wrong link in a letter is worse than none.
  website: z.string().regex(/^https:\/\/\S+$/, 'website must be an https:// address').optional(),
});
export type PoliceForce = z.infer<typeof policeForceSchema>;

export const policeForceListSchema = z.array(policeForceSchema).superRefine((forces, ctx) => {
  const ids = new Set<string>();
  forces.forEach((force, index) => {
    if (ids.has(force.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate force id "${force.id}"` });
    ids.add(force.id);
  });
});

/** Parses the JSON text of the forces list (the caller reads the file). */
export function parsePoliceForces(text: string): PoliceForce[] {
  return policeForceListSchema.parse(JSON.parse(text));
}

/** The website of the force whose name was chosen in a redirect clause, if known. */
export function websiteOfForce(forces: readonly PoliceForce[], name: string): string | undefined {
  return forces.find((force) => force.name === name)?.website;
}
