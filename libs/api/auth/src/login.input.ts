import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address, like name@example.org' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200)
  password!: string;

  @Field(() => String, { nullable: true, description: 'With two-factor sign-in on: the 6-digit code from the authenticator app, or a recovery code.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  oneTimeCode?: string | null;
}
