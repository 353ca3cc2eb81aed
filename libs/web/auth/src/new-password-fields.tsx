import {
  MIN_PASSWORD_LENGTH,
  passwordProblems,
} from "@carecircle/shared/domain";
import { FormTextField } from "@carecircle/web/forms";
import { useWatch, type Path, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";

interface NewPassword {
  password: string;
  confirmPassword: string;
}

const POLICY_TEXT = `At least ${MIN_PASSWORD_LENGTH} characters; not your email address, and not a commonly used password.`;

/** The shared password policy (the API checks the same) and a matching second entry, as a zod refinement. */
export function newPasswordIssues(
  values: NewPassword,
  email: string,
  issues: z.RefinementCtx,
): void {
  for (const problem of passwordProblems(values.password, email))
    issues.addIssue({ code: "custom", path: ["password"], message: problem });
  if (values.confirmPassword !== values.password) {
    issues.addIssue({
      code: "custom",
      path: ["confirmPassword"],
      message: "The two passwords do not match.",
    });
  }
}

/**
 * "Password" and "Confirm password" for choosing a new password, with the policy checked as the
 * person types (before they leave the field) in the password's description.
 */
export function NewPasswordFields<
  T extends NewPassword,
  C,
  O extends NewPassword,
>({ form, email }: { form: UseFormReturn<T, C, O>; email: string }) {
  const password = "password" as Path<T>;
  const typed = String(
    useWatch({ control: form.control, name: password }) ?? "",
  );
  const problems = typed ? passwordProblems(typed, email) : [];
  const policy = !typed
    ? POLICY_TEXT
    : problems.length
      ? problems.join(" ")
      : "This password meets the policy.";
  return (
    <>
      <FormTextField
        form={form}
        name={password}
        label="Password"
        type="password"
        autoComplete="new-password"
        description={<span aria-live="polite">{policy}</span>}
      />
      <FormTextField
        form={form}
        name={"confirmPassword" as Path<T>}
        label="Confirm password"
        type="password"
        autoComplete="new-password"
      />
    </>
  );
}
