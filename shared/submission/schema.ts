import { z } from "zod";
import { LEVELS } from "../levels.js";
import { STAFF_TYPES } from "../staffTypes.js";
import { SETTINGS_2026, settingsSchema } from "../settings.js";

const name = z.string().trim().min(1).max(200);
const text = z.string().trim().max(200);

/**
 * One person as a unit submits it: only the fields ROSTER.md's privacy note lets leave the workbook
 * (name, unit, position, staff type, levels, the reason for KHTNV/KXL) and what the quota needs.
 * Unknown fields are refused, so a client cannot send birth dates or discipline details by mistake.
 */
export const submittedPersonSchema = z.strictObject({
  fullName: name,
  unit: text.optional(),
  position: text.optional(),
  staffType: z.enum(STAFF_TYPES),
  isLeader: z.boolean().optional(),
  isHead: z.boolean().optional(),
  peerGroup: text.optional(),
  level: z.enum(LEVELS),
  reason: text.optional(),
  isPartyMember: z.boolean().optional(),
  partyCell: text.optional(),
  partyLevel: z.enum(LEVELS).optional(),
  score: z.number().min(0).max(100).optional(),
  votesFor: z.number().int().min(0).optional(),
  fullMembers: z.number().int().min(0).optional(),
});

export type SubmittedPerson = z.infer<typeof submittedPersonSchema>;

/**
 * The settings a unit may send with its people: how its quota is counted (RULES.md §8 readings),
 * and the 2026 choices of §9 its roster was checked under (the population ones change the counts).
 * The rate and any higher approved rate are decisions of the competent authority, not the client's.
 */
export const submissionSettingsSchema = settingsSchema.pick({
  quotaBase: true,
  quotaRounding: true,
  quotaScopes: true,
  ...SETTINGS_2026,
});

export const submissionSchema = z.strictObject({
  people: z.array(submittedPersonSchema).max(100_000),
  // Strict, like the rest of the body: a setting the server does not take is refused, not dropped.
  settings: submissionSettingsSchema.partial().strict().optional(),
});

export type Submission = z.infer<typeof submissionSchema>;
