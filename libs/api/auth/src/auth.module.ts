import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { authResolvers } from './auth.resolver';
import { AuthService } from './auth.service';
import { AuthTokenService } from './auth-token.service';
import { RevokedTokenEntity } from './revoked-token.entity';
import { StaffAuthGuard } from './staff-auth.guard';
import { StaffUserEntity } from './staff-user.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StaffUserEntity, RevokedTokenEntity])],
  providers: [AuthService, AuthTokenService, ...authResolvers, { provide: APP_GUARD, useClass: StaffAuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
