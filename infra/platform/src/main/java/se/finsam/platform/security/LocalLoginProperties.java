package se.finsam.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local login ({@code finsam.security.local-login.*}): HTTP Basic against configured
 * demo users, for the local stack only. Off unless switched on; production leaves it off
 * and signs in through OpenID Connect.
 */
@ConfigurationProperties("finsam.security.local-login")
public class LocalLoginProperties {

	private boolean enabled;

	/** By user name. */
	private Map<String, User> users = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Map<String, User> getUsers() {
		return this.users;
	}

	public void setUsers(Map<String, User> users) {
		this.users = users;
	}

	public static class User {

		private String password;

		private String organisation = "";

		private List<String> roles = new ArrayList<>();

		/** Organisation numbers of the associations where the roles hold. */
		private List<String> associations = new ArrayList<>();

		/**
		 * Acts in every association and for every organisation: for the end-to-end tests'
		 * users only.
		 */
		private boolean everywhere;

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getOrganisation() {
			return this.organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

		public List<String> getRoles() {
			return this.roles;
		}

		public void setRoles(List<String> roles) {
			this.roles = roles;
		}

		public List<String> getAssociations() {
			return this.associations;
		}

		public void setAssociations(List<String> associations) {
			this.associations = associations;
		}

		public boolean isEverywhere() {
			return this.everywhere;
		}

		public void setEverywhere(boolean everywhere) {
			this.everywhere = everywhere;
		}

	}

}
