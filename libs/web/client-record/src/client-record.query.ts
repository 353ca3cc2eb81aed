import { graphql } from '@carecircle/web/data-access';

/**
 * Everything on the record except the charts and the peer-contact timeline. Clinical-only fields
 * are skipped for peer support workers (`$clinical: false`); the page also runs with
 * errorPolicy 'all' so a FORBIDDEN field never blanks the rest of the record.
 */
export const clientRecordQuery = graphql(`
  query ClientRecord($id: ID!, $clinical: Boolean!) {
    client(id: $id) {
      id
      firstName
      lastName
      preferredName
      pronouns
      status
      levelOfCare
      admissionDate
      recoveryStartDate
      daysInTreatment
      daysSinceRecoveryStart
      dischargeDate
      program {
        id
        name
      }
      careTeam {
        role
        startedOn
        staff {
          id
          displayName
        }
      }
      riskFlags {
        code
        severity
        reason
      }
      levelOfCareHistory {
        id
        effectiveOn
        fromLevel
        toLevel
        reason
      }
      nextMilestone {
        code
        label
        date
        daysUntil
      }
      lastMilestone {
        code
        label
        date
        daysUntil
      }
      carePlanStatus
      currentCarePlan {
        id
        status
        planVersion
        reviewDueOn
        isOverdue
        isPartialView
        signedAt
        signedBy {
          id
          displayName
        }
        problems {
          id
          clientStatement
          clinicalDescription
          goals {
            id
            description
            objectives {
              id
              description
              status
              targetDate
              interventions {
                id
                description
                frequency
                modality
                responsibleStaff {
                  id
                  displayName
                }
              }
            }
          }
        }
      }
      supportNetwork {
        id
        name
        relationship
        stance
        involvedInTreatment
        phone
        email
        note
        version
      }
      diagnoses @include(if: $clinical) {
        id
        icd10Code
        description
        status
        category
        onsetDate
        inRemissionByCode
        version
      }
      dualDiagnosis @include(if: $clinical)
      dualDiagnosisBasis @include(if: $clinical)
      receivingIntegratedTreatment
      version
      integratedCareGap @include(if: $clinical) {
        summary
        hasActivePlan
        activeCarePlanId
        unaddressedDiagnoses {
          id
          icd10Code
          description
        }
      }
      familyEngagementSummary @include(if: $clinical) {
        eventsLast30Days
        eventsLast90Days
        lastEventOn
      }
      familyEngagementEvents @include(if: $clinical) {
        id
        type
        occurredOn
        note
        attendees {
          id
          name
          relationship
        }
        staff {
          id
          displayName
        }
      }
      consents @include(if: $clinical) {
        id
        recipientLabel
        recipientKind
        recipientMemberId
        scopes
        purpose
        informationDescription
        signedOn
        effectiveOn
        expiresOn
        expiryEvent
        revokedOn
        status
        active
        version
      }
    }
  }
`);
