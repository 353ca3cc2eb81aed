import { Module } from '@nestjs/common';
import { ClientsModule } from '@carecircle/api/clients';
import { PrivacyService } from './privacy.service';
import { privacyResolvers } from './privacy.resolvers';

/** Who viewed a record and the accounting of disclosures, read from the audit trail and the disclosure table. */
@Module({
  imports: [ClientsModule],
  providers: [PrivacyService, ...privacyResolvers],
})
export class PrivacyModule {}
