import { Field, ObjectType } from '@nestjs/graphql';
import type { DiagnosisCatalogEntry } from '@carecircle/shared/domain';

@ObjectType('DiagnosisCatalogEntry', { description: 'A common ICD-10-CM code for pickers; any well-shaped code may still be recorded.' })
export class DiagnosisCatalogEntryModel {
  @Field()
  code!: string;

  @Field()
  description!: string;

  static from(entry: DiagnosisCatalogEntry): DiagnosisCatalogEntryModel {
    return Object.assign(new DiagnosisCatalogEntryModel(), { code: entry.code, description: entry.description });
  }
}
