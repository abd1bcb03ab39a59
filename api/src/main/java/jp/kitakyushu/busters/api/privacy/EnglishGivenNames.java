package jp.kitakyushu.busters.api.privacy;

import java.util.Set;

/**
 * Common English given names and the short forms people sign with (Dave, Jen, Becky), to
 * complete {@link LatinNames} and {@link MoreLatinNames}: in casual posts a name is often
 * written the way friends say it.
 *
 * <p>
 * Written from common knowledge, not from any corpus here. Names that are also common
 * English words or places (Will, Bill, Mark, Max, Ray, Dean, Drew, Grant, Miles, Sandy,
 * Penny, Daisy, Robin, Sydney, Lincoln) are left out: a capitalised word at a sentence's
 * start would be taken for them.
 */
final class EnglishGivenNames {

	private EnglishGivenNames() {
	}

	static final Set<String> GIVEN_NAMES = WordLists
		.of("""
				Dave Davy Steve Stevie Rick Ricky Rich Richie Jimmy Jimmie Andy Tony Greg Jeff Kenny Terry Barry Ted Teddy
				Eddie Eddy Fred Freddy Phil Pete Ron Ronnie Rudy Russ Stan Stu Vince Vic Walt Wes Zach Zack Nate Gabe Isaac
				Abe Mitch Hank Howie Kev Gus Gil Lenny Leon Lou Marty Mickey Micky Ned Rex Sammy Scotty Sid Tod Todd Trev
				Trevor Wally Woody Zeke Brad Chad Clint Cody Derek Dwayne Floyd Glen Glenn Gordon Jared Jeremy Joel Kurt
				Lloyd Luis Marcus Mario Neil Nigel Otis Perry Seth Shane Shawn Troy Warren Wyatt Colton Caleb Connor Declan
				Dominic Elliot Elliott Evan Grayson Jaxon Julian Landon Levi Malcolm Nolan Preston Quentin Riley Roman
				Ryder Silas Tristan Vaughn Xavier Zane Brendan Brent Bryce Cameron Chase Cole Darren Dustin Garrett Jasper
				Jenn Jess Becky Beth Liz Susie Suzy Sally Kate Katy Kathy Cathy Cindy Mandy Wendy Trudy Judy Patty Peggy
				Debbie Deb Barb Vicky Vickie Nikki Tina Gina Lori Terri Sherry Kerry Carrie Jackie Jill Joanne Josie
				Kristen Kristin Kirsten Lindsay Lindsey Lynn Marcy Maggie Mel Mindy Missy Pam Roxy Shelly Stacy Stacey Tammy
				Tracy Trish Bonnie Connie Dottie Ginny Hattie Lottie Millie Minnie Tilly Addie Allie Ally Bella Callie Cassie
				Emmy Gracie Izzy Jenna Kaylee Kylie Lacey Lexi Maddie Mattie Nell Nellie Rosie Sadie Tessa Tess Zoey Aubrey
				Audrey Avery Brooke Caitlin Kaitlyn Cara Carla Cecilia Colleen Courtney Deanna Erin Faye Gwen Heidi Hillary
				Jasmine Jillian Jocelyn Kara Kendra Kristy Lillian Lydia Mabel Mackenzie Marcia Marissa Maya Melanie
				Meredith Miranda Paige Paula Peyton Priscilla Rebekah Sabrina Serena Shannon Stella Tiffany Vanessa Whitney
				Yvonne Yvette Tommy Jen Meg Lucy
				""");

}
