import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '@carecircle/api/clients';
import { SupportNetworkModule } from '@carecircle/api/support-network';
import { ProgressNoteAddendumEntity, ProgressNoteEntity, ProgressNoteObjectiveEntity } from './progress-note.entity';
import { ProgressNotesService } from './progress-notes.service';
import { progressNoteResolvers } from './progress-notes-resolvers';

@Module({
  imports: [TypeOrmModule.forFeature([ProgressNoteEntity, ProgressNoteObjectiveEntity, ProgressNoteAddendumEntity]), ClientsModule, SupportNetworkModule],
  providers: [ProgressNotesService, ...progressNoteResolvers],
  exports: [ProgressNotesService],
})
export class ProgressNotesModule {}
