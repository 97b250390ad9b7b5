import type { Rule } from '../rule';
import { costLimitWrong } from './costLimitWrong';
import { costRefusalIncomplete } from './costRefusalIncomplete';
import { danglingAnswer } from './danglingAnswer';
import { dateOfBirth } from './dateOfBirth';
import { emailAddress } from './emailAddress';
import { emissionsException } from './emissionsException';
import { exemptionNotStated } from './exemptionNotStated';
import { exemptionWithoutReason } from './exemptionWithoutReason';
import { extensionInvalid } from './extensionInvalid';
import { lateResponse } from './lateResponse';
import { likelihoodMissing } from './likelihoodMissing';
import { namedGreeting } from './namedGreeting';
import { ncndRevealsHolding } from './ncndRevealsHolding';
import { niNumber } from './niNumber';
import { phoneNumber } from './phoneNumber';
import { pitExtensionNotice } from './pitExtensionNotice';
import { placeholderText } from './placeholderText';
import { postcode } from './postcode';
import { publicInterestTest } from './publicInterestTest';
import { redirectDisposition } from './redirectDisposition';
import { redirectHoldingUnstated } from './redirectHoldingUnstated';
import { refusalNoticeLate } from './refusalNoticeLate';
import { requesterDetails } from './requesterDetails';
import { reviewRightsMissing } from './reviewRightsMissing';
import { sectionWrongRegime } from './sectionWrongRegime';
import { unansweredQuestion } from './unansweredQuestion';
import { unfilledVariable } from './unfilledVariable';
import { vehicleRegistration } from './vehicleRegistration';

/** Every rule, in the order an officer would fix things: complete, then lawful, then on time, then safe to publish. */
export const RULES: readonly Rule[] = [
  unansweredQuestion,
  danglingAnswer,
  unfilledVariable,
  placeholderText,
  redirectHoldingUnstated,
  exemptionNotStated,
  exemptionWithoutReason,
  publicInterestTest,
  likelihoodMissing,
  reviewRightsMissing,
  costRefusalIncomplete,
  costLimitWrong,
  ncndRevealsHolding,
  redirectDisposition,
  pitExtensionNotice,
  emissionsException,
  sectionWrongRegime,
  lateResponse,
  extensionInvalid,
  refusalNoticeLate,
  requesterDetails,
  emailAddress,
  phoneNumber,
  postcode,
  niNumber,
  dateOfBirth,
  vehicleRegistration,
  namedGreeting,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
