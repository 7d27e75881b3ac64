package dev.mfg.testkit.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package: the same shape as the core's (package-private generated classes hidden
 * behind the abstract type, JDK-only), kept here because the core's style lives in its non-exported
 * {@code internal} package.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
@interface ScenarioStyle {}
