package se.finsam.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The users of the local login ({@code finsam.local-login.users[n].*}). */
@ConfigurationProperties("finsam.local-login")
public class LocalLoginProperties {

	private List<User> users = new ArrayList<>();

	public List<User> getUsers() {
		return this.users;
	}

	public void setUsers(List<User> users) {
		this.users = users;
	}

	public static class User {

		private String username;

		private String password;

		private String organisation = "";

		private List<String> roles = new ArrayList<>();

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

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

	}

}
