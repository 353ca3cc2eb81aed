import { Module } from '@nestjs/common';
import { ClientsModule } from '@carecircle/api/clients';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { MetricsModule } from '@carecircle/api/metrics';
import { CaseloadResolver } from './caseload.resolver';
import { CaseloadService } from './caseload.service';
import { CaseloadBalanceResolver } from './caseload-balance.resolver';
import { CaseloadBalanceService } from './caseload-balance.service';

/** Every resolver of this lib, listed once: the module provides them and the schema printer reads them. */
export const caseloadResolvers = [CaseloadResolver, CaseloadBalanceResolver];

/** The caseload list sits above metrics, whose risk flags it filters by: no token lends them downward. */
@Module({
  imports: [ClientsModule, SupportNetworkModule, MetricsModule],
  providers: [CaseloadService, CaseloadBalanceService, ...caseloadResolvers],
})
export class CaseloadModule {}
