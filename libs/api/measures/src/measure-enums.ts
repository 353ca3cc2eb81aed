import { registerEnumType } from '@nestjs/graphql';
import { MeasureInstrument } from '@carecircle/shared/domain';

registerEnumType(MeasureInstrument, {
  name: 'MeasureInstrument',
  description: 'PHQ_9 depression, GAD_7 anxiety, BARC_10 recovery capital, BAM Brief Addiction Monitor.',
});
