/** One row per simulated user: the archetype the company simulator gave them (src/simulator). */
export type SimulatorProfilesTable = {
  userId: string;
  /** sales, service, marketing, product, manager or staff. */
  kind: string;
  archetype: string;
  /** engaged or absent, for users who manage a team. */
  managerStyle: string | null;
  /** JSON of the behaviour parameters the generators used for this user. */
  params: string;
};
