import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { authResolvers } from './auth.resolver';
import { AuthService } from './auth.service';
import { AuthTokenService } from './auth-token.service';
import { LoginThrottle } from './login-throttle';
import { RevokedTokenEntity } from './revoked-token.entity';
import { SessionCookieInterceptor } from './session-cookie.interceptor';
import { StaffAuthGuard } from './staff-auth.guard';
import { StaffUserEntity } from './staff-user.entity';
import { TwoFactorService } from './two-factor.service';
import { StaffRecoveryCodeEntity, StaffTwoFactorEntity } from './two-factor.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StaffUserEntity, RevokedTokenEntity, StaffTwoFactorEntity, StaffRecoveryCodeEntity])],
  providers: [
    AuthService,
    AuthTokenService,
    LoginThrottle,
    TwoFactorService,
    ...authResolvers,
    { provide: APP_GUARD, useClass: StaffAuthGuard },
    { provide: APP_INTERCEPTOR, useClass: SessionCookieInterceptor },
  ],
  exports: [AuthService, TwoFactorService],
})
export class AuthModule {}
