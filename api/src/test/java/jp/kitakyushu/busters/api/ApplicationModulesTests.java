package jp.kitakyushu.busters.api;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are modules: no cycles, none reaches into another's internals, and
 * each uses only the modules its {@code package-info} allows, so the declared graph is
 * the real one.
 */
class ApplicationModulesTests {

	private final ApplicationModules modules = ApplicationModules.of(BustersApiApplication.class);

	@Test
	void featureModulesOnlyUseTheModulesTheyDeclare() {
		this.modules.verify();
	}

	/**
	 * Writes the module canvases and the component diagrams (PlantUML) into
	 * {@code target/spring-modulith-docs}.
	 */
	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
