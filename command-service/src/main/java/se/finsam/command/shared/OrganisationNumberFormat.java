package se.finsam.command.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import se.finsam.events.OrganisationNumber;

/**
 * A Swedish organisation number, NNNNNN-NNNN with a correct check digit; blank is left to
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = OrganisationNumberFormat.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganisationNumberFormat {

	String message() default "Organisationsnumret ska skrivas NNNNNN-NNNN och ha rätt kontrollsiffra.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<OrganisationNumberFormat, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			// Blank as @NotBlank sees it (trim): a Unicode space that isBlank() would
			// pass on is neither blank there nor a number here.
			return value == null || value.trim().isEmpty() || OrganisationNumber.isValid(value);
		}

	}

}
