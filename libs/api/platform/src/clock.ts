import { Injectable } from '@nestjs/common';
import { toIsoDate, type IsoDate } from '@carecircle/shared/domain';

/** The one place "today" comes from, so derived day counts agree within a request. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  today(): IsoDate {
    return toIsoDate(this.now());
  }
}
