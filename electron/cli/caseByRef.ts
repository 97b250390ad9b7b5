import type { ServiceCall } from './withService';

/** The id of the case with reference `ref`, or a failure (exit 1) that says where to look. One indexed look-up. */
export async function caseIdByRef(call: ServiceCall, ref: string, db: string): Promise<string> {
  const { id } = await call('findCaseByRef', { ref });
  if (!id) throw new Error(`No case with reference ${ref} in ${db}. Check the reference in the case list (desk export bundle lists every case).`);
  return id;
}
